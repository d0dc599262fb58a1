// Patient and relative names by naming tradition. Given names carry F/M so templates can write "(88F)".
// Chosen by hand for the corpus; none is meant to be a real person. Clinician surnames are kept apart so a
// detector cannot learn "this surname is always a patient" from the pools alone; some overlap on purpose.

const G = (list, sex) => list.split(' ').map((n) => ({ n: n.replace(/_/g, ' '), sex }));

export const NAME_GROUPS = {
  anglo: {
    given: [
      ...G('Margaret Dorothy Linda Susan Karen Patricia Brenda Judith Heather Kimberly Ashley Shirley Gladys Ruth Hope Rose Grace', 'F'),
      ...G('Harold Gerald Walter Dennis Raymond Eugene Douglas Wayne Randall Clifford Travis Dale Mark Will', 'M'),
    ],
    family: 'Whitfield Hargrove Pemberton Caldwell Thornton Ashby Kendrick Merritt Holloway Sutherland Bramwell Fairbanks Young Brown Green Rich Wolf Marsh Fletcher Dobbins Crowley Lindqvist McAllister O\'Brien O\'Connell MacLeod Beaumont',
  },
  hispanic: {
    given: [
      ...G('María Guadalupe Yesenia Maricela Esperanza Xiomara Rocío Marisol Luz Inés Ximena Dolores', 'F'),
      ...G('José Jesús Alejandro Guillermo Rigoberto Eduardo Joaquín Santiago Héctor Ramiro Efraín', 'M'),
    ],
    family: 'González Hernández Castañeda Villalobos Quintanilla Ochoa Zúñiga Arellano Bustamante Echeverría Maldonado Peña Salazar Cisneros Ibarra Montoya Gonzalez Hernandez Rodriguez Nuñez Reyes-Ortiz De_la_Cruz',
  },
  africanAmerican: {
    given: [
      ...G('Latoya Shaniqua Tamika Ebony Keisha Aaliyah Imani Deja Shontelle Laquisha', 'F'),
      ...G('DeShawn Tyrone Jamal Darnell Marquis Terrell Reginald Dwayne Cornelius DaQuan', 'M'),
    ],
    family: 'Washington Jefferson Jackson Banks Freeman Gaines Merriweather Battle Dorsey Pettaway Bolden Whitlock Scruggs',
  },
  westAfrican: {
    given: [
      ...G('Folasade Oluwakemi Adaeze Ngozi Chiamaka Akosua Abena Yetunde Funmilayo Afua Ifeoma Efua', 'F'),
      ...G('Oluwaseun Babatunde Chinedu Emeka Kwame Kofi Yaw Olumide Ikechukwu Kwabena Tunde Obinna', 'M'),
    ],
    family: 'Adeyemi Okonkwo Oyelaran Nwachukwu Mensah Boateng Asante Adebayo Eze Okafor Ogunleye Owusu Osei Agyeman Nnamdi Olatunji Achebe Ezeh',
  },
  arabic: {
    given: [
      ...G('Fatima Aisha Mariam Noor Layla Huda Samira Yasmin Rania Khadija', 'F'),
      ...G('Mohammed Ahmed Abdullah Khalid Omar Youssef Tariq Hamza Karim Abdul-Rahman Mustafa', 'M'),
    ],
    family: 'Al-Sayed Haddad Mansour Khoury Abdelrahman Al-Masri Nasser Farouk El-Amin Hamdan Qureshi Saleh Darwish Al-Hashimi Bishara',
  },
  southAsian: {
    given: [
      ...G('Priya Lakshmi Ananya Deepika Sunita Gurpreet Harpreet Meenakshi Shreya Kavitha Nasreen', 'F'),
      ...G('Venkatesh Rajesh Arjun Sanjay Pradeep Harjit Vikram Suresh Rohan Imran Anil', 'M'),
    ],
    family: 'Raghavan Venkataraman Subramanian Chaudhary Bhattacharya Iyer Kaur Singh Sandhu Krishnamurthy Menon Deshpande Banerjee Gill Rahman Chowdhury Patel Shah',
  },
  chinese: {
    given: [
      ...G('Xiuying Mei Li_Na Yan Jing Fang Xiaoling Huifen Wen', 'F'),
      ...G('Wei Jun Hao Zhiwei Jianguo Zhen Bo Qiang Xiaoming Guoqiang', 'M'),
    ],
    family: 'Zhang Wang Liu Chen Huang Zhao Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Liang',
  },
  korean: {
    given: [...G('Ji-woo Seo-yeon Min-ji Eun-ji Soo-jin Hye-won', 'F'), ...G('Min-jun Seo-jun Do-hyun Jae-won Sung-ho Dong-hyun', 'M')],
    family: 'Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang',
  },
  vietnamese: {
    given: [...G('Thuy Lan Hoa Ngoc Phuong Trang Linh Mai', 'F'), ...G('Minh Tuan Duc Huy Quang Thanh Long Bao Khoa', 'M')],
    family: 'Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Nguyễn Trần',
  },
  japanese: {
    given: [...G('Haruka Yui Sakura Aiko Keiko Naoko Emiko Michiko', 'F'), ...G('Haruto Takeshi Hiroshi Kenji Daisuke Satoshi Yusuke Kazuo', 'M')],
    family: 'Sato Suzuki Takahashi Tanaka Watanabe Yamamoto Nakamura Kobayashi Yoshida Yamaguchi Matsumoto Inoue Kimura Shimizu',
  },
  slavic: {
    given: [
      ...G('Agnieszka Katarzyna Svetlana Olga Tatiana Irina Bożena Ludmila Oksana Jadwiga Zofia', 'F'),
      ...G('Dmitri Sergei Wojciech Tomasz Vladimir Andriy Bogdan Miroslav Stanisław Yuri', 'M'),
    ],
    family: 'Kowalczyk Nowak Wiśniewski Ivanova Petrov Kuznetsov Sokolov Zielinski Lewandowski Shevchenko Bondarenko Kovalenko Horvath Dvořák Novák Jankowski Morozova',
  },
  jewish: {
    given: [...G('Rivka Miriam Esther Chana Shoshana Devorah Batya Tova', 'F'), ...G('Moshe Yitzchak Mordechai Avraham Shmuel Eli Menachem Yosef', 'M')],
    family: 'Goldberg Shapiro Feldman Rosenbaum Katz Horowitz Weinstein Abramowitz Bernstein Liebowitz Greenblatt Schwartz Friedman Birnbaum',
  },
  filipino: {
    given: [...G('Maricel Rowena Jocelyn Analyn Marites', 'F'), ...G('Rolando Ernesto Jericho Bienvenido Romeo', 'M')],
    family: 'Dela_Cruz Bautista Magbanua Villanueva Pangilinan Macaraeg Dimaculangan Santos Mendoza',
  },
};

export const GROUP_NAMES = Object.keys(NAME_GROUPS);

/** Clinician names for "Dr. X" mentions: not patient PHI. Includes surnames also used for patients. */
export const CLINICIANS = [
  'Patel', 'Chen', 'Okafor', 'Nguyen', 'Goldberg', 'Ramirez', 'Kim', 'Murphy', 'Haddad', 'Sato', 'Lindgren',
  'Obi', 'Alvarez', 'Singh', 'Whitaker', 'Novak', 'Adeyemi', 'Park', 'Brennan', 'Castillo', 'Iyer', 'Mensah',
  'Fischer', 'Rosen', 'Yamada', 'Delgado', 'Kaplan', 'Osei', 'Hughes', 'Varga',
];
export const CLINICIAN_GIVEN = ['Anita', 'Sam', 'Rebecca', 'Luis', 'Joanna', 'Tom', 'Meera', 'Kwesi', 'Hana', 'Paul'];
