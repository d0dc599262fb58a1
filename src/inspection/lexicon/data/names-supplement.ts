// Curated supplement to names.generated.ts (written for phiwall; CC0): given names and surnames of communities
// US clinics serve that the census, SSA and Faker lists barely cover (Central Asian, Pacific Islander, Nepali and
// Bhutanese, Karen and Burmese, Hmong, Akan, Haitian, Armenian, Navajo and other Native American, Filipino,
// Tamil and Bengali, Indonesian). Lower case, diacritics folded, one word per entry, space-separated; merged into
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
`;
