// Health words in Chinese, Japanese, Korean, Russian and Arabic. These scripts write words together (Chinese,
// Japanese) or glue particles and prefixes to them (Korean "당뇨병이", Arabic "بالسكري"), so each term is
// looked for inside a word, not matched word by word. One term a line or comma-separated, as in the other lists.
import type { TermGroup } from '../../term-group.js';

export const OTHER_SCRIPT_TERMS: readonly TermGroup[] = [
  { category: 'condition', sensitive: 'hiv_sti', terms: `艾滋病, 愛滋病, 艾滋, 梅毒, 淋病, 衣原体, 性病, エイズ, 梅毒, 에이즈, 매독, 성병, ВИЧ, СПИД, сифилис, гонорея, الإيدز, الايدز, نقص المناعة, الزهري` },
  { category: 'condition', sensitive: 'mental_health', terms: `抑郁症, 憂鬱症, 抑郁, 焦虑症, 精神分裂, 双相情感, 自闭症, 多动症, うつ病, 統合失調症, 우울증, 조현병, 공황장애, депрессия, шизофрения, الاكتئاب, اكتئاب, الفصام` },
  { category: 'condition', sensitive: 'substance_use', terms: `吸毒, 酗酒, 戒毒, 酒精依赖, 마약 중독, 알코올 중독, наркомания, алкоголизм, الإدمان, ادمان` },
  { category: 'condition', sensitive: 'reproductive', terms: `怀孕, 懷孕, 流产, 流產, 堕胎, 妊娠, 流産, 임신, 유산, беременность, беременна, аборт, выкидыш, حامل, الحمل, إجهاض, اجهاض` },
  { category: 'condition', sensitive: 'oncology', terms: `癌症, 乳腺癌, 肺癌, 肝癌, 胃癌, 结肠癌, 大肠癌, 白血病, 淋巴瘤, 肿瘤, 腫瘤, がん, 乳がん, 肺がん, 유방암, 폐암, 위암, 간암, 대장암, 백혈병, 종양, рак, онкология, лейкемия, السرطان, سرطان, ورم` },
  {
    category: 'condition',
    terms: `糖尿病, 高血压, 高血壓, 中风, 中風, 脑卒中, 心脏病, 心臟病, 哮喘, 肺炎, 肺结核, 结核, 肝炎, 乙肝, 丙肝, 肾衰竭, 痴呆, 帕金森, 癫痫,
      高血圧, 認知症, 脳卒中, 喘息, 당뇨, 고혈압, 뇌졸중, 심장병, 천식, 폐렴, 결핵, 치매, 간염, диабет, гипертония, инсульт, инфаркт,
      астма, туберкулез, пневмония, гепатит, деменция, эпилепсия, السكري, سكري, ضغط الدم, جلطة, سكتة دماغية, الربو, السل, التهاب رئوي, الفشل الكلوي`,
  },
  { category: 'medication', terms: `胰岛素, 胰島素, 二甲双胍, 阿莫西林, 美沙酮, インスリン, 인슐린, 메트포르민, инсулин, метформин, الأنسولين, انسولين` },
  { category: 'medication', sensitive: 'oncology', terms: `化疗, 化療, 抗がん剤, 항암제, 항암, химиотерапия, العلاج الكيميائي, كيماوي` },
  { category: 'lab', terms: `糖化血红蛋白, 血糖, 胆固醇, 膽固醇, 血压, 血壓, 肌酐, 血糖値, 혈당, 당화혈색소, 콜레스테롤, 혈압, холестерин, сахар в крови, السكر التراكمي, الكوليسترول, نسبة السكر` },
  {
    category: 'procedure',
    terms: `透析, 结肠镜, 肠镜, 胃镜, 手术, 手術, 核磁共振, 放疗, 内視鏡, 大腸内視鏡, 투석, 내시경, 수술, 방사선 치료, диализ, колоноскопия, операция,
      غسيل الكلى, غسيل كلى, عملية جراحية, منظار القولون, منظار`,
  },
];
