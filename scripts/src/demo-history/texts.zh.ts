/**
 * Texts of the demo's year, written for it (fictional places of the demo city, no real person or
 * message): the matters of its burst days, the replies departments publish, the subjects of
 * 依申请公开 requests and what citizens say at the satisfaction visit. `{estate}`-style slots are
 * filled from the lists below; `[a|b]` picks one.
 */

export interface BurstMatter {
  /** The event's title as the desk would name it. */
  title: string;
  severity: '特别重大' | '重大' | '较大' | '一般';
  titles: string[];
  lines: string[];
}

export const burstMatters: BurstMatter[] = [
  {
    title: '暴雨致{estate}地下车库进水',
    severity: '较大',
    titles: [
      '{estate}地下车库又被淹了',
      '暴雨过后{estate}车库积水一米多',
      '{estate}车库进水，几十辆车泡在水里',
      '求助：{estate}地下室全是水',
    ],
    lines: [
      '昨晚暴雨，{estate}的地下车库[半个小时|一个小时]就进水了，',
      '水深到了车门一半，好多车都泡坏了，',
      '物业的抽水泵根本不够用，打物业电话一直没人接，',
      '去年也淹过一次，当时说要加高挡水坎，到现在也没弄，',
      '车库里还有电瓶车充电桩，泡水了很危险，',
      '希望住建局和应急部门过来看看，督促开发商和物业整改，',
      '排水沟被建筑垃圾堵了，雨水全往车库里灌，',
    ],
  },
  {
    title: '{school}收取校服费和资料费问题',
    severity: '一般',
    titles: [
      '{school}乱收费谁来管',
      '{school}开学又要交资料费',
      '关于{school}校服统一订购的疑问',
      '{school}要求家长交{money}元是否合规',
    ],
    lines: [
      '开学第一周班主任在家长群里通知交资料费，',
      '校服必须在学校指定的店里买，一套要好几百，',
      '没有开收据，只让转账到老师个人微信，',
      '不交的孩子老师会在群里点名，家长都不敢说话，',
      '教育局不是三令五申不准乱收费吗，',
      '希望教育局查一查，把钱退给家长，',
      '好几个班都一样，不是个别现象，',
    ],
  },
  {
    title: '{region}工业园区夜间异味扰民',
    severity: '较大',
    titles: [
      '{region}晚上一股刺鼻的味道',
      '半夜被臭味熏醒，{region}工业园区偷排？',
      '{region}空气里一股化工味',
      '再反映一次{region}的异味问题',
    ],
    lines: [
      '最近一个多月，每天晚上十点以后就有一股刺鼻的气味，',
      '关着窗户都能闻到，家里老人孩子咳嗽不停，',
      '怀疑是园区里的企业晚上偷偷排放，',
      '白天检查的时候什么都闻不到，一到晚上就开始，',
      '在12345反映过两次，回复说已转办，但情况没有改善，',
      '希望生态环境局晚上来突击检测一下，',
      '附近还有一所小学，孩子们天天闻着这个味道上课，',
    ],
  },
  {
    title: '公交线路调整后{region}居民出行不便',
    severity: '一般',
    titles: [
      '公交改线后{region}的老人怎么出门',
      '{region}的公交站说撤就撤了',
      '建议恢复{region}原来的公交线路',
      '{road}公交站取消，上班要多走二十分钟',
    ],
    lines: [
      '这次公交线路调整，把{road}的站点取消了，',
      '现在最近的站要走二十多分钟，老人和带小孩的很不方便，',
      '调整之前也没有征求沿线居民的意见，',
      '早高峰的车次也减少了，等一趟车要半个小时，',
      '希望交通运输局重新考虑，至少恢复早晚高峰的站点，',
      '很多人只能打车或者骑电动车，成本高也不安全，',
    ],
  },
  {
    title: '{estate}停水停电多日无人处理',
    severity: '较大',
    titles: [
      '{estate}已经停水三天了',
      '高温天{estate}又停电',
      '{estate}停水停电没有任何通知',
      '谁来管管{estate}的供水问题',
    ],
    lines: [
      '这几天气温三十七八度，小区突然停电，',
      '停水也没有提前通知，家里老人孩子没法生活，',
      '问物业说是线路老化，要等供电公司来修，',
      '高层住户要拎水爬十几层楼，',
      '冰箱里的东西全坏了，物业没有一句解释，',
      '希望有关部门协调尽快恢复供水供电，并查清原因，',
    ],
  },
  {
    title: '{hospital}挂号难、排队时间长',
    severity: '一般',
    titles: ['{hospital}挂个号要等一上午', '{hospital}的网上预约形同虚设', '在{hospital}排队四个小时'],
    lines: [
      '早上六点去排队，挂到的号已经是下午了，',
      '网上预约永远显示约满，到了现场却有很多黄牛，',
      '老年人不会用手机，只能在窗口一直排，',
      '候诊区人挤人，连个坐的地方都没有，',
      '希望卫健委督促医院增加号源，打击号贩子，',
    ],
  },
];

export const estates = ['阳光花园', '锦绣华庭', '陶溪雅苑', '昌南名城', '瓷都新村', '翠湖湾', '金色家园'];
export const schools = ['第一小学', '实验小学', '第三中学', '第十九中学', '昌南小学'];
export const hospitals = ['市第一人民医院', '市第二人民医院', '市中医院', '妇幼保健院'];
export const roads = ['珠山大道', '瓷都大道', '昌江大道', '新厂西路', '朝阳路', '沿江东路'];
export const burstOpeners = ['', '', '大家好，', '实在忍不下去了，', '再来反映一下，', '转给有关部门看看：'];
export const burstClosers = [
  '希望尽快解决！',
  '请相关部门重视。',
  '盼回复。',
  '谢谢！',
  '不要再踢皮球了。',
  '',
];

/** Replies the departments publish (答复), by case type; `{department}` and `{title}` are filled in. */
export const replies: Record<string, string[]> = {
  consultation: [
    '您好！您咨询的“{title}”一事已收悉。经{department}核实，相关政策规定如下：符合条件的市民可携带身份证件到政务服务中心窗口办理，也可通过“赣服通”在线申请，办理时限为5个工作日。如有疑问，可拨打12345热线咨询。感谢您的来信。',
    '您好！关于您咨询的“{title}”，{department}答复如下：该事项已纳入年度工作计划，具体实施方案将在市政府门户网站公布，请您关注。感谢您对我们工作的关心。',
  ],
  help: [
    '您好！您反映的“{title}”问题，{department}接件后立即安排工作人员到现场查看，已协调相关单位完成处置，目前情况已恢复正常。后续我们将加强巡查，感谢您的反映。',
    '您好！收到您的求助后，{department}于当日联系了您本人并上门了解情况，已按规定为您办理相关救助手续。如仍有困难，可随时与我们联系。',
  ],
  suggestion: [
    '您好！感谢您对城市建设提出的宝贵建议。{department}经研究认为，您提出的“{title}”具有一定可行性，我们将在下一步规划中统筹考虑，并适时征求市民意见。',
    '您好！您的建议已收悉。{department}已将其转交业务科室研究，部分内容已在今年的工作方案中采纳。再次感谢您的关心和支持。',
  ],
  complaint: [
    '您好！您投诉的“{title}”问题，{department}高度重视，已派员现场核查。经查，情况基本属实，已责令相关单位限期整改，并将持续跟踪整改落实情况。感谢您的监督。',
    '您好！针对您投诉的问题，{department}会同属地街道开展了联合检查，对违规行为依法作出处理，现场已整改到位。如再发现类似情况，欢迎继续反映。',
  ],
  report: [
    '您好！您举报的“{title}”线索已收悉。{department}已依法立案调查，调查结果将依法处理。我们将对举报人信息严格保密，感谢您的支持。',
  ],
  opinion: [
    '【情况通报】网民反映的“{title}”一事引起关注。{department}第一时间组织人员赶赴现场核查处置，现将有关情况通报如下：经核实，相关问题已得到控制，后续处置工作正有序开展。感谢广大市民的关心和监督，欢迎继续提供线索。',
    '【回应】针对网络反映的“{title}”，{department}已成立工作专班，逐户走访受影响群众，制定整改方案并明确完成时限。处置进展将及时向社会公布。',
  ],
  disclosure: [
    '您好！您申请公开的“{title}”，经{department}审查，现将政府信息以电子文件形式提供给您，请查收。',
    '您好！关于您申请公开的“{title}”，{department}依据《中华人民共和国政府信息公开条例》作出答复，详见政府信息公开申请答复书。',
  ],
};

/** 依申请公开 subjects, with who tends to ask (自然人 most, firms and lawyers some). */
export const disclosureSubjects = [
  '{estate}项目的建设工程规划许可证及附图',
  '{road}道路拓宽工程的征收补偿方案',
  '本市2025年度财政预算执行情况的明细',
  '{school}新校区建设项目的环评报告',
  '{region}农村集体土地征收批复文件',
  '本市城区出租车经营权有偿使用费的收支情况',
  '{estate}小区供暖设施改造工程的招标文件',
  '本市最低生活保障标准调整的依据',
  '{region}某企业环境行政处罚决定书',
  '本市2024年度政府信息公开工作年度报告所依据的统计数据',
];

export const satisfactionNotes: Record<string, string[]> = {
  satisfied: ['问题已解决，感谢', '处理很及时', '工作人员态度很好', ''],
  'basically-satisfied': ['基本解决了，希望长期保持', '处理得有点慢', ''],
  dissatisfied: ['问题没有根本解决', '只是回复了，没有实际行动', '回复和实际情况不符'],
};

/** What a duty officer writes when closing a case without a reply (重复、无效). */
export const closeReasons = [
  '重复来件，已并入前件办理',
  '来电人表示问题已自行解决',
  '内容不属于本平台受理范围，已告知',
];

/** Not every message is a complaint: questions and thanks (neutral and positive words for the charts). */
export const calmMessages: { titles: string[]; bodies: string[] }[] = [
  {
    titles: ['请问{road}的公交站什么时候恢复', '咨询一下{school}的招生范围', '想了解一下{estate}附近的规划'],
    bodies: [
      '请问一下，{road}附近的公交站施工结束后会恢复原来的站点吗？大概什么时候？谢谢。',
      '孩子明年上小学，想了解一下{school}今年的招生范围有没有调整，在哪里可以查到？',
      '看到{estate}旁边在围挡施工，想问一下是建什么项目，有没有公示的规划图。',
      '请问办理居住证需要准备哪些材料，能不能在网上预约？',
    ],
  },
  {
    titles: [
      '感谢{hospital}的医护人员',
      '点赞{road}的环卫工人',
      '{estate}的路灯修好了，谢谢',
      '给社区工作人员点个赞',
    ],
    bodies: [
      '上周家里老人在{hospital}住院，医生护士都很耐心，照顾得很周到，特此感谢！',
      '前几天反映的{estate}路灯不亮的问题，第二天就有人来修好了，效率很高，谢谢有关部门。',
      '每天早上看到{road}的环卫工人很早就在打扫，街道干干净净的，辛苦了！',
      '社区工作人员上门帮老人办理了补贴手续，很贴心，为他们点赞。',
    ],
  },
];
