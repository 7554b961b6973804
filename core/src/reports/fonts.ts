/**
 * Official document faces (党政机关公文格式 GB/T 9704): title 方正小标宋, headings 黑体, body 仿宋_GB2312,
 * each followed by the faces a machine without the founder fonts has (Windows, macOS, WPS, Linux).
 */
export const officialFonts = {
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'SimSun', 'Noto Serif CJK SC'],
  heading: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  pageNumber: ['宋体', 'SimSun', 'Noto Serif CJK SC'],
} as const;

/** Point sizes of the Chinese 号 the standard names. */
export const officialSizes = { title: 22, heading: 16, body: 16, pageNumber: 14, masthead: 36 } as const;

/** A CSS font-family list with a generic family at the end. */
export const cssFamily = (faces: readonly string[], generic: 'serif' | 'sans-serif') =>
  [...faces.map((f) => `"${f}"`), generic].join(', ');
