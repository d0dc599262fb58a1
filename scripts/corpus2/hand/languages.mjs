// Hand-written traffic in other languages: Vietnamese, Tagalog, Chinese, Arabic in Latin script (Arabizi,
// whose digits 3/7/2 are letters, not numbers), Haitian Creole, Portuguese, Korean, Somali, Hmong, Polish,
// Samoan, Nepali. Kinship and honorific words (Bà, Lola, Tita, Ong, Tatay) stay outside the name label.

export default [
  {
    kind: 'vietnamese',
    lang: 'vi',
    texts: [
      'Bà [[n:Huỳnh Thảo]] đã xuất viện hôm nay. Nhớ uống [[m:Eliquis]] ngày 2 lần.',
      'Kết quả xét nghiệm của anh [[n:Tuấn]]: [[l:đường huyết 265]]. Bác sĩ muốn gặp anh tuần này.',
      'Con ơi, ba bị [[c:đột quỵ]] nhẹ, đang ở phòng 512 bệnh viện Kaimana',
      'Nhắc lịch hẹn: [[n:Võ Trọng Nhân]] [[p:nội soi đại tràng]] ngày {appt} lúc {time}.',
      'Chị [[n:Nhung]], thuốc [[m/mh:Zoloft]] của chị đã sẵn sàng tại PillPoint.',
      'Ông [[n:Lương Đức]] [[age:95]] tuổi, ngày sinh [[d:ngày 2 tháng 9 năm 1930]], cần y tá đến nhà.',
      'Nhắc lịch hẹn: {appt} lúc {time}. Gọi {cb} để đổi lịch.',
      'Tiêm phòng cúm miễn phí thứ Bảy này tại phòng khám Brighton.',
      'Mã xác minh của bạn là 204 881.',
    ],
  },
  {
    kind: 'tagalog',
    lang: 'tl',
    texts: [
      'Magandang araw po, si Lola [[n:Teresita]] ay na-admit dahil sa [[c:pulmonya]]. Room 408 po.',
      'Tita, yung [[l:sugar]] ni Tito [[n:Danilo]] ay [[l:380]] kanina, pinadala na namin sa ER',
      'Paalala: [[n:Luzviminda Galang]], ang inyong [[p:dialysis]] ay tuwing MWF, 6am.',
      'Handa na ang [[m:losartan]] at [[m:amlodipine]] ni [[n:Nestor Villamor]] sa PillPoint.',
      'Anak, si Tatay [[n:Efren]] ay may [[c/onc:kanser sa baga]] daw sabi ng doktor 😭',
      '[[n:Charmaine Cabrera]], positibo ang inyong [[l/rep:pregnancy test]]. Tumawag sa {cb}.',
      'Paalala: ang inyong appointment ay sa {appt}, {time}. Tumawag sa {cb} para magpalit.',
      'Libreng bakuna kontra trangkaso ngayong Sabado sa Kalihi clinic.',
      'lowbat na phone ko, text na lang',
    ],
  },
  {
    kind: 'chinese',
    lang: 'zh',
    texts: [
      '[[n:邓惠芳]]女士，您的[[l:糖化血红蛋白]]结果为[[l:8.7%]]，请尽快复诊。',
      '您父亲[[n:沈建华]]已转入ICU 6床，诊断为[[c:心肌梗死]]。',
      '提醒：[[n:Tang Xiaomei]] 的[[p/onc:化疗]]安排在{appt} {time}。',
      '[[n:彭]]先生，您的[[m:二甲双胍]]已可在PillPoint取药。',
      '您的预约在{appt} {time}。如需更改请致电{cb}。',
      '本周六免费流感疫苗接种，无需预约。',
      '验证码：552019，5分钟内有效。',
    ],
  },
  {
    kind: 'arabizi',
    lang: 'ar',
    texts: [
      'ya [[n:Rasha]], 3amalna ta7lil el [[l:sukkar]] w tele3 [[l:310]], lazem tshoufi el doktor bukra',
      'baba [[n:Walid]] 3ando [[c:jalta]] w howe bel ICU hala2, edde3ilo',
      'marhaba [[n:Souad]], dawa el [[m:Lasix]] jehez bel saydaliyye',
      '[[n:Ziad Ghanem]] 3ando maw3ad [[p:3amaliyye bel 2alb]] yom el tneen',
      'marhaba, maw3adak {appt} el se3a {time}. Law baddak t8ayyer 7ke {cb}',
      'el mobile 3am yemoot, b7kik ba3den',
      'salam, 3indi 2 as2ile 3an el fatura, 7ke ma3 el billing office',
    ],
  },
  {
    kind: 'haitian-creole',
    lang: 'ht',
    texts: [
      'Bonjou [[n:Madan Célestin]], rezilta [[l:sik]] ou a se [[l:298]]. Doktè a vle wè w semèn sa a.',
      'Manman [[n:Dieula]] nan lopital, yo di se [[c:tansyon]] li ki monte anpil',
      '[[n:Wesner Dorvil]], renmèd [[m:insulin]] ou pare nan famasi PillPoint.',
      'Pitit ou [[n:Widline]] gen [[c:lafyèv]], tanpri vin chèche l lekòl la.',
      'Randevou [[n:Frantz Lafontant]] pou [[p:dyaliz]] chanje pou {appt} a {time}.',
      '[[n:Guerby]] tès [[l/hiv:VIH]] li [[l/hiv:pozitif]]. Rele {cb} pou pwochen etap yo.',
      'Randevou ou se {appt} a {time}. Rele {cb} si ou bezwen chanje.',
      'Vaksen grip gratis samdi sa a nan klinik Brighton. Pa bezwen randevou.',
    ],
  },
  {
    kind: 'portuguese',
    lang: 'pt',
    texts: [
      'Olá [[n:Luana]], seu exame de [[l:colesterol]] deu [[l:275]]. O médico quer conversar.',
      'Dona [[n:Conceição Brandão]] recebeu alta hoje. Continuar [[m:losartana]] 50 mg.',
      'Meu pai [[n:Joaquim]] teve um [[c:AVC]] ontem, está na UTI do Saint Anselm',
      '[[n:Wellington Azevedo]], sua receita de [[m/mh:fluoxetina]] está pronta na PillPoint.',
      '[[n:Tatiane Correia]], data de nascimento [[d:17 de março de 1988]], confirme por favor.',
      'Sua consulta é {appt} às {time}. Para remarcar ligue {cb}.',
      'Vacina da gripe grátis neste sábado na clínica Brighton.',
    ],
  },
  {
    kind: 'korean',
    lang: 'ko',
    texts: [
      '[[n:백하은]]님, [[p:대장내시경]] 예약이 {appt} {time}입니다.',
      '아버지 [[n:오승현]]님이 [[c:폐렴]]으로 입원하셨습니다. 병실 507호.',
      '[[n:Ryu Mi-kyung]]님 [[m/mh:Lexapro]] 처방이 준비되었습니다. PillPoint.',
      '예약 안내: {appt} {time}. 변경은 {cb}로 연락주세요.',
    ],
  },
  {
    kind: 'somali',
    lang: 'so',
    texts: [
      '[[n:Hodan Warsame]], natiijada [[l:sonkorta]] waa [[l:280]]. Dhakhtarka ayaa ku arki doona.',
      'Aabe [[n:Mahad]] wuxuu qabaa [[c:wadne xanuun]], wuxuu jiraa isbitaalka Prairie Lakes',
      'Ballantaadu waa {appt} saacadda {time}. Wac {cb} haddii aad rabto inaad bedesho.',
    ],
  },
  {
    kind: 'hmong',
    lang: 'hmn',
    texts: [
      'Nyob zoo [[n:Pa Nhia Xiong]], koj lub sij hawm [[p:kuaj ntshav]] yog {appt} {time}.',
      'Niam [[n:Zoua]] mob [[c:ntshav qab zib]], nws xav tau [[m:insulin]]',
      'Koj lub sij hawm ntsib kws kho mob yog {appt} {time}. Hu {cb} yog xav hloov.',
    ],
  },
  {
    kind: 'polish',
    lang: 'pl',
    texts: [
      'Pani [[n:Halina Krawczyk]], wynik [[l:cukru]] [[l:245]], proszę o kontakt z lekarzem.',
      'Tata [[n:Zbigniew]] jest po [[p:operacji biodra]], wszystko dobrze 🙏',
      'Przypomnienie: wizyta {appt} o {time}. Zmiana terminu: {cb}.',
    ],
  },
  {
    kind: 'samoan',
    lang: 'sm',
    texts: [
      'Talofa [[n:Fetu]], o le [[l:suka]] o lou tama e [[l:350]], alu vave i le falemaʻi',
      'Tama [[n:Iosefa Mauga]] ua maua i le [[c:fiva]], o loʻo i le potu 210',
      'Talofa, o lau tofi o le {appt} i le {time}. Valaau {cb} pe a manaʻo e sui.',
    ],
  },
  {
    kind: 'nepali',
    lang: 'ne',
    texts: [
      'Namaste [[n:Laxmi Ghimire]] ji, tapai ko [[l:sugar]] [[l:275]] aayo, doctor lai bhetnu hola.',
      'Buwa [[n:Tek Bahadur]] lai [[c:TB]] bhayo re, Clearwater PH le phone garcha',
      'Tapai ko appointment {appt} {time} ma cha. Pariwartan garna {cb} ma phone garnuhos.',
    ],
  },
];
