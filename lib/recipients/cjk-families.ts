import { isLocalSeparator } from './local-part';

/**
 * The family names most Chinese, Japanese and Korean people have, as their scripts write them, and
 * as addresses write them in Latin letters (Chinese in pinyin and in the older spellings of Hong
 * Kong and Taiwan, Japanese in Hepburn, Korean as passports spell it). A name written without a
 * space (`张伟`, `山田太郎`) is split after its family name; an address that spells the family name
 * (`zhangwei@`, `taro.yamada@`) matches it. Each entry: the spellings, a colon, the ways it is
 * written, all parted by spaces.
 */
const FAMILIES = [
  // Chinese, simplified and traditional.
  'zhang cheung chang:张 張',
  'wang wong:王 汪',
  'li lee lei:李',
  'liu lau:刘 劉',
  'chen chan:陈 陳',
  'yang yeung:杨 楊',
  'huang wong hwang:黄 黃',
  'zhao chiu chao:赵 趙',
  'wu ng:吴 吳',
  'zhou chow chou:周',
  'xu hsu tsui:徐',
  'sun suen:孙 孫',
  'ma:马 馬',
  'zhu chu:朱',
  'hu wu:胡',
  'guo kwok kuo:郭',
  'he ho:何',
  'lin lam:林',
  'luo lo law:罗 羅',
  'gao ko kao:高',
  'liang leung:梁',
  'zheng cheng:郑 鄭',
  'xie tse hsieh:谢 謝',
  'song sung:宋',
  'tang tong:唐',
  'xu hui hsu:许 許',
  'han hon:韩 韓',
  'feng fung:冯 馮',
  'deng tang teng:邓 鄧',
  'cao tso tsao:曹',
  'peng pang:彭',
  'zeng tsang tseng:曾',
  'xiao siu hsiao:肖 萧 蕭',
  'tian tin:田',
  'dong tung:董',
  'pan poon:潘',
  'yuan yuen:袁',
  'cai tsai choi:蔡',
  'jiang chiang:蒋 蔣 姜 江',
  'yu yue:余 于 於 俞',
  'du to tu:杜',
  'ye yip yeh:叶 葉',
  'cheng ching:程',
  'wei ngai:魏 韦 韋',
  'su so:苏 蘇',
  'lu lui lo luk:吕 呂 卢 盧 陆 陸',
  'ding ting:丁',
  'ren yam jen:任',
  'yao yiu:姚',
  'shen shum:沈',
  'zhong chung:钟 鍾 鐘',
  'cui tsui:崔',
  'tan tam:谭 譚',
  'fan:范',
  'liao liu:廖',
  'shi shek sze:石 史',
  'jia chia:贾 賈',
  'xia ha hsia:夏',
  'fang fong:方',
  'zou chow tsou:邹 鄒',
  'xiong hung hsiung:熊',
  'bai pak pai:白',
  'meng mang:孟',
  'qin chun chin:秦',
  'qiu yau chiu:邱',
  'hou hau:侯',
  'yin wan:尹',
  'lei lui:雷',
  'long lung:龙 龍',
  'li lai:黎',
  'tao to:陶',
  'he ho:贺 賀',
  'mao mo:毛',
  'gu ku koo:顾 顧',
  'gong kung:龚 龔',
  'shao shiu:邵',
  'wan man:万 萬',
  'qian chin chien:钱 錢',
  'dai tai:戴',
  'yan yim yen:严 嚴 闫 顏 颜',
  'fu foo:付 傅',
  'ouyang auyeung:欧阳 歐陽',
  'sima szema:司马 司馬',
  'zhuge:诸葛 諸葛',
  'shangguan:上官',
  // Japanese.
  'sato satoh:佐藤',
  'suzuki:鈴木',
  'takahashi:高橋',
  'tanaka:田中',
  'ito itoh:伊藤',
  'watanabe:渡辺 渡邊 渡邉 渡部',
  'yamamoto:山本',
  'nakamura:中村',
  'kobayashi:小林',
  'kato katoh:加藤',
  'yoshida:吉田',
  'yamada:山田',
  'yamaguchi:山口',
  'matsumoto:松本',
  'inoue:井上',
  'kimura:木村',
  'hayashi:林',
  'saito saitoh:斎藤 斉藤 齋藤',
  'shimizu:清水',
  'yamazaki yamasaki:山崎',
  'mori:森',
  'ikeda:池田',
  'hashimoto:橋本',
  'abe:阿部',
  'ishikawa:石川',
  'yamashita:山下',
  'nakajima nakashima:中島',
  'ishii:石井',
  'ogawa:小川',
  'maeda:前田',
  'okada:岡田',
  'hasegawa:長谷川',
  'fujita:藤田',
  'goto gotoh:後藤',
  'kondo kondoh:近藤',
  'murakami:村上',
  'endo endoh:遠藤',
  'aoki:青木',
  'sakamoto:坂本',
  'fukuda:福田',
  'ota ohta:太田',
  'nishimura:西村',
  'fujii:藤井',
  'kaneko:金子',
  'okamoto:岡本',
  'fujiwara:藤原',
  'nakano:中野',
  'miura:三浦',
  'harada:原田',
  'nakagawa:中川',
  'matsuda:松田',
  'takeuchi:竹内',
  'ono:小野',
  'tamura:田村',
  'nakayama:中山',
  'wada:和田',
  'ishida:石田',
  'morita:森田',
  'ueda:上田',
  'uchida:内田',
  'shibata:柴田',
  'sakai:酒井',
  'miyazaki:宮崎',
  'yokoyama:横山',
  'takagi:高木',
  'ando andoh:安藤',
  'miyamoto:宮本',
  'ono ohno:大野',
  'kojima:小島',
  'taniguchi:谷口',
  'imai:今井',
  'kudo:工藤',
  'takada:高田',
  'masuda:増田',
  'maruyama:丸山',
  'sugiyama:杉山',
  'murata:村田',
  'otsuka:大塚',
  'arai:新井 荒井',
  'hirano:平野',
  'fujimoto:藤本',
  'kono kawano:河野',
  'ueno:上野',
  'noguchi:野口',
  'takeda:武田',
  'matsui:松井',
  'chiba:千葉',
  'kinoshita:木下',
  'kubo:久保',
  'sano:佐野',
  'nomura:野村',
  'kikuchi:菊地 菊池',
  'honda:本田',
  'hattori:服部',
  'igarashi:五十嵐',
  // Korean.
  'kim gim:김',
  'lee yi rhee ri:이',
  'park bak pak:박',
  'choi choe:최',
  'jung jeong chung:정',
  'kang gang:강',
  'cho jo:조',
  'yoon yun:윤',
  'jang chang:장',
  'lim im yim:임',
  'han:한',
  'oh:오',
  'seo suh:서',
  'shin sin:신',
  'kwon gwon:권',
  'hwang:황',
  'ahn an:안',
  'song:송',
  'ryu yoo yu:류 유',
  'hong:홍',
  'jeon jun chun:전',
  'ko go:고',
  'moon mun:문',
  'yang:양',
  'son sohn:손',
  'bae:배',
  'baek paik:백',
  'heo hur:허',
  'nam:남',
  'shim sim:심',
  'noh roh:노',
  'ha:하',
  'kwak:곽',
  'sung seong:성',
  'cha:차',
  'joo ju:주',
  'woo:우',
  'koo gu:구',
  'min:민',
  'jin:진',
  'namgoong namkung:남궁',
  'hwangbo:황보',
  'jegal:제갈',
  'sunwoo seonwoo:선우',
];

/** The spellings in Latin letters of each way a family name is written. */
const SPELLINGS = new Map<string, string[]>();
for (const entry of FAMILIES) {
  const [latin = '', written = ''] = entry.split(':');
  for (const family of written.split(' ')) {
    SPELLINGS.set(family, [...(SPELLINGS.get(family) ?? []), ...latin.split(' ')]);
  }
}

/** The longest family name as written (`長谷川`, `五十嵐`). */
const MAX_FAMILY = Math.max(...Array.from(SPELLINGS.keys(), (family) => family.length));

/**
 * The length of the family name that a Chinese, Japanese or Korean name written without a space
 * starts with (`张伟` 1, `長谷川翔` 3), the longest known, when a given name of one to three
 * characters follows it; else 0.
 */
export function cjkFamilyLength(name: string): number {
  for (let length = Math.min(MAX_FAMILY, name.length - 1); length >= 1; length--) {
    if (name.length - length <= 3 && SPELLINGS.has(name.slice(0, length))) return length;
  }
  return 0;
}

/**
 * Whether an address's local part (in lower case) spells the family name a Chinese, Japanese or
 * Korean name starts with, as a part of its own: `zhangwei@` and `wei.zhang@` for 张伟,
 * `taro.yamada@` for 山田太郎. (Only at the local part's start, or after or before a dot, a hyphen
 * or an underscore: `li` is in many a word.)
 */
export function spellsCjkFamily(name: string, local: string): boolean {
  // The family name is the first word of a name written with a space (`山田 太郎`).
  const space = name.indexOf(' ');
  const family = space > 0 ? name.slice(0, space) : name.slice(0, cjkFamilyLength(name) || 1);
  for (const spelling of SPELLINGS.get(family) ?? []) {
    if (local.startsWith(spelling) || local.endsWith(spelling)) return true;
    for (let at = local.indexOf(spelling); at >= 0; at = local.indexOf(spelling, at + 1)) {
      if (isLocalSeparator(local.charCodeAt(at - 1))) return true;
    }
  }
  return false;
}
