// Patient and relative names for dev2, by naming tradition, invented for this corpus and kept apart from the
// first corpus's pools (check.mjs reports any overlap). Given names carry F/M so templates can write "(94F)".
// familyFirst: the tradition writes the family name first; some messages do, some do not.

const G = (list, sex) => list.split(' ').map((n) => ({ n: n.replace(/_/g, ' '), sex }));
const F = (list) => list.split(' ').map((n) => n.replace(/_/g, ' '));

export const NAME_GROUPS = {
  samoanTongan: {
    given: [...G('Malia Mele Losaline Lupe Salote Fetu Ana_Lisa Sinapi Moana Tausala Fuifui Lesieli', 'F'), ...G('Sione Viliami Tevita Siaosi Pita Tavita Semisi Feleti Manase Iosefa Lolo Taniela', 'M')],
    family: F('Fifita Taufa Havili Vainikolo Kaufusi Moala Fonua Tuiasosopo Faleolo Leota Mauga Sapolu Aumua Fonoti Tuilagi Latu Pulu Vaipulu'),
  },
  hawaiianChamorro: {
    given: [...G('Kalena Noelani Pualani Leimomi Kanani Mahina Keala Iwalani Tiare', 'F'), ...G('Kainoa Makoa Kekoa Keoni Ikaika Kalani Nainoa Kawika', 'M')],
    family: F('Kealoha Kahananui Keawe Kamakana Akana Kaleikini Kaneshiro Taitano Quitugua Borja Aguon San_Nicolas Camacho Kaʻaihue'),
  },
  micronesianFijian: {
    given: [...G('Litia Asenaca Mere Losana Kiti Neimy Lijon', 'F'), ...G('Jone Waisale Josaia Apenisa Kobe Hilton Ranny', 'M')],
    family: F('Rabuka Naivalu Tuivaga Vakacegu Nawaqa Langidrik Zackhras Lejmen Jibas Anjain Kabua Riklon'),
  },
  nativeAmerican: {
    given: [...G('Shandiin Nizhoni Dezba Winona Talulah Marlene Verna Loretta Kateri Charlene Ayasha', 'F'), ...G('Darrell Leland Hosteen Tahoma Delbert Wendell Vernon Kele Elgin Wilbur', 'M')],
    family: F('Begay Yazzie Tsosie Benally Nez Redhouse Two_Bulls Runningwater Whitehorse Hoskie Attakai Etsitty Manygoats Yellowhair Brings_Plenty Little_Thunder Chee Tohee Skenandore Eagleheart'),
  },
  centralAsian: {
    given: [...G('Aigerim Dilnoza Saltanat Gulnara Zarina Madina Aizhan Nodira Feruza Kamila', 'F'), ...G('Nurlan Bakhtiyor Timur Rustam Farrukh Yerlan Azamat Sherzod Bekzat Daniyar', 'M')],
    family: F('Nurpeisov Abdullayeva Tursunov Karimova Saparov Dzhaksybekov Yusupova Akhmetov Rakhimov Ergasheva Toktogulov Mamatova Bekov Sultanbekova'),
  },
  hornOfAfrica: {
    given: [...G('Tigist Selam Meron Hiwot Tsion Mekdes Yordanos Hodan Faadumo Hamdi Idil Sagal Ayaan Luul', 'F'), ...G('Abebe Dawit Yonas Bereket Mulugeta Kidane Tewodros Abdirahman Mahad Abdiwali Liban Bashir', 'M')],
    family: F('Tesfaye Gebremedhin Haile Wolde Tadesse Bekele Alemu Kebede Asfaw Negash Berhane Ghebremichael Warsame Jama Abdi Osman Mohamud Hirsi Egal Dualeh Guled Aden Farah'),
  },
  haitian: {
    given: [...G('Fabienne Guerline Nadège Widline Islande Marie-Ange Jocelyne Dieula Lovely Rose-Merline Fedeline', 'F'), ...G('Wesner Frantz Wilner Mackenson Jean-Robert Ronald Guerby Wisly Fritzner Jean-Claude', 'M')],
    family: F('Pierre-Louis Désir Célestin Auguste Théodore Étienne Dorvil Saint-Fleur Jean-Louis Lafontant Toussaint Métellus Fils-Aimé Jeune Bastien Charlot'),
  },
  lusophone: {
    given: [...G('Luana Fernanda Conceição Raimunda Graça Tatiane Jaqueline Lúcia Marilene Yara', 'F'), ...G('Thiago Rodrigo João Wellington Joaquim Leandro Cleiton Edivaldo Anderson Manuel', 'M')],
    family: F('Ferreira Carvalho Monteiro Gonçalves Figueiredo Azevedo Brandão Magalhães Nascimento Rocha Cardoso Medeiros Tavares Correia Sequeira Pimentel'),
  },
  polish: {
    given: [...G('Izabela Małgorzata Renata Wiesława Teodora Dorota Halina Beata Grażyna Elżbieta', 'F'), ...G('Bartosz Krzysztof Radosław Grzegorz Lucjan Zbigniew Jerzy Przemysław Mirosław Czesław', 'M')],
    family: F('Wróblewski Kaczmarek Zielińska Szymańska Wójcik Kamińska Szczepański Dąbrowski Grabowska Pawlak Michalak Mazur Krawczyk Piotrowska Sobczak'),
  },
  greekArmenian: {
    given: [...G('Eleni Panagiota Vasiliki Athanasia Kalliopi Anahit Siranush Lusine Tatevik Karine Nairi', 'F'), ...G('Dimitrios Konstantinos Georgios Spyros Stavros Hovhannes Gevorg Armen Vartan Aram Levon', 'M')],
    family: F('Papadopoulos Karagiannis Economou Stavropoulou Vlachos Tsakiris Georgiou Mavridis Kontos Hakobyan Petrosyan Sargsyan Mkrtchyan Avetisyan Grigoryan Kazarian Manukyan Der_Bedrosian'),
  },
  hmongKaren: {
    given: [...G('Pa_Nhia Zoua Nkauj_Hli Pang Nou Xee Blia Chia Paw_Htoo Hser_Paw Ler_Moo Mu_Naw', 'F'), ...G('Tou_Fue Kou Yeng Chue Vang_Pao Nhia_Lue Eh_Htoo Saw_Kler Say_Wah Htoo_Htoo', 'M')],
    family: F('Vang Xiong Thao Moua Lor Her Vue Kue Chang Yang Khang Htoo Paw Wah Soe Moo'),
    familyFirst: true,
  },
  himalayan: {
    given: [...G('Sarita Kamala Sumitra Laxmi Anjali Bimala Sabitri Pema Dolma Ganga', 'F'), ...G('Bishnu Prakash Dipendra Ramesh Suman Hari Tek_Bahadur Nima Pasang Dil', 'M')],
    family: F('Gurung Thapa Shrestha Tamang Magar Adhikari Bhattarai Rai Limbu Poudel Karki Khadka Lama Sherpa Ghimire Dahal'),
  },
  tamilSouthAsian: {
    given: [...G('Tamilselvi Revathi Kalaivani Vasuki Thenmozhi Navjot Simranjit Farhana Tahmina Rashida Manpreet', 'F'), ...G('Senthil Murugan Karthikeyan Arul Ilango Selvam Rajinder Sukhwinder Mahmudul Jaswant Anwar', 'M')],
    family: F('Ramasamy Subramaniam Palaniappan Sundaram Annamalai Thangavel Natarajan Velu Krishnasamy Brar Dhillon Grewal Talukder Mollah Hossain Siddiqui Begum'),
  },
  malayIndonesian: {
    given: [...G('Nurul_Izzah Siti_Aishah Noraini Rosnah Dewi Sri_Rahayu Ayu Ratna Komang Wulan', 'F'), ...G('Ahmad_Faizal Azlan Hafiz Zulkifli Mohd_Rizal Wahyu Agus Budi Bambang Hendra Putu', 'M')],
    family: F('Ismail Yusof Abdul_Latif Hamzah Santoso Wijaya Hartono Kusuma Setiawan Nugroho Pratama Hidayat Gunawan Siregar Simanjuntak Nainggolan'),
  },
  filipino: {
    given: [...G('Maricor Lorna Rhodora Divina Mylene Honeylyn Jonalyn Imelda Luzviminda Teresita Charmaine', 'F'), ...G('Jhun Joselito Arnel Rommel Bong Efren Danilo Rodel Nestor Jomar', 'M')],
    family: F('Dizon Ocampo Tolentino Lacson Dimaano Pascual Manalo Sarmiento Panganiban Buenaventura Tuazon Agbayani Cabrera Villamor Galang Bacani'),
  },
  westAfrican: {
    given: [...G('Chidinma Morenike Titilayo Ogechi Amaka Zainab Ama Afia Yaa Esi Akua Adwoa', 'F'), ...G('Ikenna Kayode Chukwuemeka Gbenga Tochukwu Damilola Kwaku Kwadwo Nana Kojo Kobina', 'M')],
    family: F('Adewale Anyanwu Nwosu Ogundipe Balogun Chukwu Okoro Adeleke Bello Okeke Ibekwe Sarpong Appiah Darko Ofori Amoah Frimpong Acheampong Quaye Nkansah Antwi'),
  },
  irishScottish: {
    given: [...G('Siobhán Niamh Aoife Gráinne Orla Saoirse Morag Eilidh Isla Kirsty Fiona', 'F'), ...G('Cathal Pádraig Eoin Ciarán Declan Dermot Hamish Ruaridh Callum Angus Lachlan', 'M')],
    family: F('O\'Sullivan Fitzgerald Gallagher Kavanagh Brennan Doherty Moriarty Twomey Ní_Dhomhnaill MacKinnon Drummond Buchanan Forsyth Urquhart MacLennan Dalgleish Rennie Munro'),
  },
  dutchNordic: {
    given: [...G('Sanne Maartje Femke Anouk Marijke Lieke Astrid Sigrid Solveig Ingrid Liv Kari Åsa', 'F'), ...G('Joost Bram Pieter Sjoerd Wouter Bjørn Henrik Torbjørn Magnus Eirik Anders', 'M')],
    family: F('van_der_Berg de_Vries Bakker Visser Smits van_Dijk Hendriks Mulder de_Jong van_Leeuwen Verhoeven Halvorsen Bergström Nyström Solberg Haugen Dahl Eriksen Sandvik Nygaard'),
  },
  japanese: {
    given: [...G('Tomoe Aoi Hinata Mio Fumiko Chiyo Noriko', 'F'), ...G('Yuto Ren Minato Sota Tsuyoshi Isamu Masaru', 'M')],
    family: F('Kuroda Sugimoto Hayashi Ishikawa Fujiwara Okada Nakagawa Morita Ueda Hasegawa Ogawa Miyazaki'),
    familyFirst: true,
  },
  korean: {
    given: [...G('Min-seo Ha-eun Bo-ram Hye-jin Mi-kyung', 'F'), ...G('Do-yoon Ji-ho Seung-hyun Kyung-soo', 'M')],
    family: F('Baek Byun Hyun Oh Pyo Moon Ryu Cha Ahn Jeon'),
    familyFirst: true,
  },
  chinese: {
    given: [...G('Meiling Yanling Xiaomei Huifang', 'F'), ...G('Haoran Yufei Jianhua Shengli', 'M')],
    family: F('Sheng Shen Kong Cai Deng Tang Qin Peng Zheng'),
    familyFirst: true,
  },
  vietnamese: {
    given: [...G('Thảo Nhung Tường_Vi Hằng Thu_Hà', 'F'), ...G('Hiếu Tuấn Trọng_Nhân Đức Hữu_Phúc', 'M')],
    family: F('Huỳnh Lâm Đặng Võ Trịnh Lương Đoàn'),
    familyFirst: true,
  },
  arab: {
    given: [...G('Lubna Ghada Dina Hiba Nawal Nadia Rasha Souad Amal', 'F'), ...G('Fadi Samir Tamer Walid Yousef Bilal Hassan Majid Ziad', 'M')],
    family: F('Sabbagh Ghanem Suleiman Awad Barakat Shaheen Khalil Yousef Karam Aziz Jaber Nassar'),
  },
  latin: {
    given: [...G('Yadira Nayeli Itzel Socorro Rosalba Aracely Dulce_Lizeth Yesica Marisela Esmeralda', 'F'), ...G('Brayan Yahir Fermín Anselmo Eusebio Wilfredo Osvaldo Heriberto Nemesio Elvis', 'M')],
    family: F('Barrientos Carrillo Tapia Zamora Ledesma Olvera Saucedo Villarreal Cervantes Alvarado Mejía Portillo Orellana Benítez Paredes Ayala Sandoval Quiñónez'),
  },
  easternEuropeanJewish: {
    given: [...G('Olena Svitlana Iryna Halyna Malka Chaya Dvora Tsipora', 'F'), ...G('Yaroslav Dmytro Vasyl Taras Zalman Eliezer Baruch Mendel', 'M')],
    family: F('Tkachenko Shevchuk Melnyk Kravets Hrytsenko Lefkowitz Halberstam Feinstein Eisenberg Teitelbaum'),
  },
  americanWordlike: {
    given: [...G('Joy Dawn Faith Penny Sunny Destiny Summer Tameka Shawnda Latrice Monique Brandy Crystal', 'F'), ...G('Guy Rusty Cliff Buck Jermaine Antwan Rashad Dewey Otis Earl Royce', 'M')],
    family: F('Payne Hart Cash Love Frost Day Church Stone Savage Moody Wise Strong Coleman Hairston Lassiter McCray Glover Toomer Pickett Bland'),
  },
};

export const GROUP_NAMES = Object.keys(NAME_GROUPS);

// Clinicians and staff: never labeled. Some surnames also occur among patients on purpose, so a detector must
// read the title or the signature, not a name list.
export const CLINICIANS = ['Nakagawa', 'Okoro', 'Lindahl', 'Baptiste', 'Ferreira', 'Haddad', 'Thapa', 'Oyelaran', 'Kapoor', 'Vance', 'Halloran', 'Moua', 'Estrada', 'Abernathy', 'Sørensen', 'Tuilagi', 'Whitcomb', 'Iyer', 'Kowalski', 'Begay', 'Ostrowski', 'Achebe', 'Delacroix', 'Reinholt', 'Quigley', 'Yoon'];
export const STAFF_GIVEN = ['Maria', 'Keisha', 'Tomás', 'Jen', 'Ahmed', 'Leilani', 'Brianna', 'Oksana', 'Dev', 'Marco', 'Trinh', 'Shauna', 'Ife', 'Carmen', 'Pauline', 'Ricky', 'Noa', 'Bashir', 'Greta', 'Lupe'];
export const STAFF_ROLES = ['front desk', 'scheduling', 'RN', 'care coordinator', 'MA', 'billing office', 'pharmacy team', 'patient access', 'nurse navigator', 'social work', 'intake', 'LPN', 'charge nurse', 'case manager'];

// Pets for the vet messages (not PHI).
export const PETS = ['Bella', 'Mochi', 'Biscuit', 'Koa', 'Luna', 'Pepper', 'Tater Tot', 'Ziggy', 'Nala', 'Rocco', 'Peanut', 'Maui', 'Chewie', 'Olive', 'Gizmo', 'Bruno', 'Pika', 'Sushi', 'Duke', 'Cleo'];
