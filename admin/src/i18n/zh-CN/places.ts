/** The gazetteer (地名库) in Chinese (en/places.ts mirrors the keys). */
export const placesZh = {
  resources: {
    places: {
      name: '地名 |||| 地名库',
      fields: {
        name: '名称',
        kind: '层级',
        parentId: '所属区划',
        aliases: '别名',
        active: '启用',
        q: '搜索',
      },
    },
  },
  desk: {
    enum: {
      placeKind: {
        district: '区县',
        subdistrict: '街道/乡镇',
        community: '社区/村',
        road: '道路',
        compound: '小区',
        landmark: '地标',
      },
    },
    routing: {
      keywords: '关键词',
      region: '地区',
      no_region: '未识别出地区',
      none: '无',
      asking: '正在生成分派建议…',
      basis: {
        rule: '分派规则',
        usual: '常规承办',
        similar: '相似工单',
        event: '同一事件',
      },
    },
    places: {
      parent_help: '区县不填；街道/乡镇属区县；社区/村属街道/乡镇；道路、小区、地标可属任一区划，跨区的留空',
      aliases_help: '群众常用的其他叫法，例如“瑶里”“浮梁”',
    },
  },
};
