// Curated supplement to names.generated.ts (written for phiwall; CC0): given names and surnames of communities
// US clinics serve that the census, SSA and Faker lists barely cover (Central Asian, Pacific Islander, Nepali and
// Bhutanese, Karen and Burmese, Hmong, Akan, Haitian, Armenian, Navajo and other Native American, Filipino,
// Tamil and Bengali, Indonesian; then Yoruba, Igbo, Hausa, Ewe, Ethiopian and Eritrean, Somali, Kenyan, Punjabi,
// Telugu, Gujarati, Thai, Khmer, Lao, Korean, Persian, Kurdish, Pashto, Slavic, Baltic, Hungarian, Andean, Samoan,
// Tongan, Fijian, Chamorro, Marshallese, Lakota and Ojibwe, Icelandic, Greek and Georgian names the lists lacked).
// Where a tradition uses one word as given name and family name (patronymics, Pacific and West African names), the
// word is in SUPPLEMENT_EITHER. Lower case, diacritics folded, one word per entry, space-separated; merged into
// the lexicon at load time, so it needs no regeneration of the generated module. Kept free of common English
// words ("mere", "say", "thaw") and of two-letter syllables, which would need a strong anchor anyway.

export const SUPPLEMENT_GIVEN = `
aigerim aizhan ainur akmaral almagul assel aruzhan bakyt bakytzhan baurzhan daniyar dauren dinara gulnara gulmira
gulzhan gulnur gulshat kairat kanat nursultan saule saltanat yerlan yerzhan zhanar zhanibek aibek almaz bekzat bolot
chynara jyldyz kubanych talant temirlan dilshod farrukh shahnoza gulchehra mukhabbat dilfuza gulbahor zulfiya
madina nilufar sevara shokhrukh ulugbek jahongir akmal botir
losaline losana salote vailea fetu iosefa mosese sefo aperahama faamoe litia makerita akanesi kalolaine heilala
fifita penisimani sinapi tupou mafi waisale inoke seini sereana tomasi vilisi akuila kelera iolana leimomi kamakana
siaosi sione semisi tevita viliami taniela lesieli mele ana lupe tavita malia kalena keoni kekoa nainoa kainoa
pasang pemba lhakpa dawa tenzing dorje mingma phurba sabitri bimala ganga parbati sushila bahadur sujan binod saroj
pratima srijana rojina bipana laxmi sarita sunita bishnu durga kamala dipendra bikash santosh prakash
htoo soe aung kyaw zaw khin nyein thet htet phyu hnin myint thida hser eh naw
nhia chue choua txia yia zoua shoua youa houa pheng neng kou tou yer xee
kwaku kwame kofi kojo kwabena kwadwo kwasi akua akosua adwoa abena afua efua ekua kobina ekow kweku fiifi adjoa
abenaa akwasi yaaba gbenga babatunde olumide ayodele funmilayo yetunde bukola temitope olamide chinedu ikenna
chiamaka adaeze ifeoma uchenna ogechi nneka ebere ifeanyi
widline dieula fedeline rosemene mirlande guerda wisly ketly rosemie islande medjine jodelyne fritznel wiselet
widlene dieunie lourdie frantzy wesner rolph ernso guerline nadege wilner mackenson woodley yolette frantz
anahit siranush hovhannes arpine narine gohar hasmik gayane vardan sargis zaruhi astghik gevorg tigran lusine
xiaomei yufei shengli weiwei hongmei haiyan yanling guilan yuying xiaofeng xiaolan jianping guohua yufang
tahoma hosteen ahiga yanaba dezba nizhoni
rhodora luzviminda marites ligaya junrey maricel analyn rommel
nemesio nayeli itzel yahir yadira xochitl citlali yaretzi jatziri itzayana
hemant madhu pankaj pramod sudha vandana balwinder gurdeep harjit jasvinder kulwinder sukhdeep tejinder amarjit
daljit gurjit inderjit jatinder lakhwinder parminder sarabjit satnam ganesan lakshmanan murugesan muthu palani
rajkumar senthil sivakumar suganya tamilselvi thangam vasanthi vijayalakshmi anbu anbarasan ilango malathi revathi
saravanan shanmugam venkatesh kalaivani jeyakumar sathya anjaneyulu lakshmaiah nagaraju narasimha ramana sailaja
satyanarayana srinivasa sujatha venkata venkateswara durgaprasad padmavathi sireesha tirupati abhijit anirban arnab
debashis indrani joydeep moumita partha rituparna sabyasachi sanjukta shyamal sudipta apurba biplab dhaval hardik
hiral hitesh jignesh kinjal paresh urvashi alpesh bhumika dharmesh falguni jayesh kalpesh ashfaq waqas fouzia
rizalino marivic somchai somsak somporn suchart supachai wichai prasert anong chanida nittaya pornthip siriporn
sunee wanida kittisak apinya sokha sopheak bopha kosal rithy sokhom sophal sovann channary kunthea sreymom phalla
sinath bounmy khamphong khamla phonsavanh souksavanh vilay bounthavy somphone sengdao thant thiri yadanar phyo htay
tswv bway endang suharto susilo wati yanti yudi dedi agung bayu fajar kadek ketut komang wayan
guang ning qing xiu weijie yiming xiulan yulan guifang liping lijun jianjun yuhang chunhua dohyun yejun junwoo
seoyun jiyoon hayun chaewon jiyeon seungmin sunghoon kyungsoo minho dongha miyoung eunjung younghee sookja myungsook
kumiko tetsuya
sawsan shaimaa rachida souad behrouz bahram farshid hooshang mehrdad parviz shahram siavash ardalan fariba farideh
golnaz mahnaz parvaneh soheila tahereh zohreh negin elnaz gokhan rojda rojin rezan shilan zozan bawar rebwar shvan
hawre karzan diyar wahidullah zabihullah habibullah najibullah hekmatullah rahmatullah zarmina zarghona malalai
gulalai fawad shafiq shakib zalmai
marzena urszula wieslawa jaroslaw leszek mariusz miroslaw przemyslaw radoslaw slawomir zbigniew zdzislaw oleksiy
dmytro mykhailo serhiy volodymyr olha halyna liudmyla khrystyna solomiia anatoly evgeny fyodor gennady grigory pyotr
vyacheslav yevgeny lyudmila ratko srdjan mirsad senad nermin dzenan dzenana dimitar hristo krasimir lyubomir plamen
tsvetan desislava petya rositsa snezhana tsvetelina yordanka mantas vytautas algirdas audrius giedre jurate ausra
aivars gatis ilze inese raivo tiit toomas priit margus liis triin zsuzsanna erzsebet ildiko krisztina
manoel
wapi atsa bidzii hastiin klah naalnish niyol nascha sahkyo yazhi wahnee
youdeline kettly nerline widlyne frantzdy ricot
vilja asbjorn geir halvard jarle oystein svein terje trond vegard gunhild ingvild ragnhild solfrid torild turid
vigdis riikka sirpa virpi gudmundur sigurdur olafur helgi bjarni sigridur vasileios charalampos efstathios emmanouil
aikaterini despoina eirini chrysoula gagik mher rafik vahagn nune ruzanna shushan tatevik ketevan lali manana
khatuna tinatin irakli nikoloz zurab gela tornike beka mamuka vakhtang
`;

export const SUPPLEMENT_SURNAMES = `
sultanbekova sultanbekov akhmetov akhmetova karimov karimova rakhimov rakhimova toktogulov yusupov yusupova abdullaev
abdullaeva nurmagambetov tokayev iskakov zhakupov omarov omarova ismailov ismailova mamedov kenzhebekov bekmuratov
tursunov usmanov usmanova mirzaev
tuivaga vaipulu tuilagi fifita taufa langidrik lejmen mauga sapolu fonoti naivalu nawaqa tuiasosopo faleolo sopoaga
aumua tuipulotu havili taumalolo fakatava lolohea kioa taione tupou veikune folau taufahema fusitua kaaihue
kahananui kamakau kaniho kekumu kahale makoa kauhane kapaona kekona kaleo fonua moala kaufusi keawe kealoha
paudel dahal regmi sapkota thakuri chhetri neupane bhusal ghimire thapa shrestha gurung tamang adhikari bhattarai
htoo soe aung kyaw naing lwin htun hlaing khaing myint thein
xiong vang thao moua vue chue
kuffour olatunji acheampong quaye balogun
dorelien lafontant exantus jeanty fleurant desrosiers dorvil
hakobyan sargsyan grigoryan harutyunyan manukyan mkrtchyan gasparyan khachatryan vardanyan ghazaryan arakelyan
babayan poghosyan simonyan bedrosian hovsepian petrosyan avetisyan davtyan karapetyan
tohee tsinajinnie attakai kinlicheenie yellowman bigman runningwater twobulls goodluck littledog bluehorse
spottedelk blackhorse standingbear whiteeagle yellowhair benally begay yazzie tsosie etsitty bitsui manygoats
susanto nasution harahap hartono sutanto tanoto lubis nainggolan siregar simanjuntak
annamalai ramasamy talukder akter khatun sarker biswas mondal murugan rajendran sundaram raghavan arumugam
palaniappan selvaraj kandasamy muthusamy ramalingam
ganesan lakshmanan murugesan rajkumar sivakumar anbarasan saravanan shanmugam jeyakumar
boonmee sokha sopheak bopha kosal rithy sokhom sophal sovann channary kunthea sreymom phalla sinath bounmy khamphong
khamla phonsavanh souksavanh vilay bounthavy somphone sengdao thant suharto susilo
zhai
ciftci ahmadzai popal hashimi stanekzai heidari hijazi ghanem
kravchuk shvets hnatiuk lytvyn hodzic hadzic begic mehmedovic urbonas kask rebane ilves
mamani condori apaza ccama
klah bitsie tsinnijinnie yellowhorse bluehouse bearheart blackbear blackfeather chasinghawk crowfeather eaglefeather
fasthorse goodshield ironcloud ironshell lonehill longsoldier redcloud shortbull spottedhorse standingelk swiftbird
twohawks youngbear eagleheart lightningshield tohsohnee kahgee kakegamic meekis okemow nanooch kisseynew muskego
cheechoo
saintil saintvil pierrelouis dorcely mompremier petitfrere philistin pierrelus senatus thelusma vilsaint dieujuste
dieuseul cineus julmis desulme bienaime derisme desamour desravines exume francius merilus oxilus
sigurdsson olafsdottir jonsdottir sigurdardottir gudmundsdottir nikolaou ioannou konstantinou vasileiou oikonomou
papageorgiou theodorou papanikolaou mavros karamanlis kyriakou lambrou tsoukalas vlachos beridze kapanadze
gelashvili maisuradze giorgadze lomidze tsiklauri bolkvadze kvaratskhelia abashidze nozadze mikeladze tabatadze
chikovani kiknadze gogoladze
`;

/** Given name and family name alike. */
export const SUPPLEMENT_EITHER = `
adesola ayokunle bolanle bolaji enitan funmi ibukun iyabo oladele oladipo olabisi olaniyi seun toyin yinka chiedu
chikodi chimezie ekene ginika nkem tochukwu nonso kabiru nasiru rabiu shehu zainabu balarabe dije gambo hassana ladi
salisu tanko abla akwasiwa ekuwa kobby dzifa elikem selasi senyo yayra kekeli makafui
eyerusalem fikru kidist lemlem meseret semhar senait wondimu zewditu ghebre kibrom mehari mussie tesfay tsegai
yemane zeray haben luwam selamawit rediet samrawit asfaw alemayehu birhanu abdikarim abdiwali faadumo hibaaq khadra
ubah cawo deeqa hawo kaltun sucaad auma jepkemboi cherono nduta daudi
kaiea kekai kanoe laka pomaikai alapaki iokepa keaka kaleikini siosaia sitani siupeli sosefo feleti paea piutau
akesa penitoa siueni vaea faamanu falaniko iakopo mafutaga sefa vaelua apinelu fiso leilua lealofi seilala taulapapa
alapati faamausili fuimaono iosua lauina leavasa lefiti lemalu malietoa pouono sagapolutele soliai toleafoa tuitele
ulufale aflague quinata taitano terlaje quichocho manibusan atalig topasna unpingco kabua jetnil jeadrik kaiko
lajikit mejbon anjain lakabung langrine riklon laelang tarkwon kijiner lokot balos jorbon mwekto aisake mereoni
akanisi ulamila salaseini tuimavave naulu nawaqanitawase bulamainaivalu tuilevuka tuimaseve kaufana halapua hufanga
kaufononga lutui vakalahi
`;
