/** react-admin v5 strings beyond the base catalogue (saved queries, bulk updates, uploads …). */
export const raZhExtra = {
  action: { reset: '重置', search_columns: '搜索列' },
  input: {
    file: { upload_several: '拖放文件到此处，或点击选择。', upload_single: '拖放文件到此处，或点击选择。' },
    image: { upload_several: '拖放图片到此处，或点击选择。', upload_single: '拖放图片到此处，或点击选择。' },
    references: {
      all_missing: '找不到关联数据。',
      many_missing: '部分关联记录已不存在。',
      single_missing: '关联记录已不存在。',
    },
  },
  message: {
    auth_error: '核验登录凭据时出错。',
    bulk_delete_content: '确定删除此%{name}吗？ |||| 确定删除这 %{smart_count} 项吗？',
    bulk_update_content: '确定更新%{name} %{recordRepresentation}吗？ |||| 确定更新这 %{smart_count} 项吗？',
    bulk_update_title: '更新%{name} %{recordRepresentation} |||| 更新 %{smart_count} 条%{name}',
    clear_array_input: '确定清空整个列表吗？',
    delete_content: '确定删除此%{name}吗？',
    select_all_limit_reached: '记录过多，只选中了前 %{max} 条。',
    placeholder_data_warning: '网络问题：数据刷新失败。',
  },
  navigation: { clear_filters: '清除筛选', no_filtered_results: '当前筛选条件下没有%{name}。' },
  auth: { email: '电子邮件' },
  notification: { offline: '网络已断开，无法获取数据。' },
  saved_queries: {
    label: '已保存的查询',
    query_name: '查询名称',
    new_label: '保存当前查询…',
    new_dialog_title: '将当前查询保存为',
    remove_label: '删除已保存的查询',
    remove_label_with_name: '删除查询“%{name}”',
    remove_dialog_title: '删除已保存的查询？',
    remove_message: '确定从已保存的查询中删除此项吗？',
    help: '设置筛选条件后，可保存此查询以便下次使用',
  },
  configurable: { customize: '自定义', configureMode: '配置此页面' },
};
