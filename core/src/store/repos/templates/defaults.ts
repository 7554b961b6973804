import type { TemplateCreate } from '../../../domain/draft';

/** Starter reply templates (data; the administrator edits them in the desk). */
export const defaultTemplates: TemplateCreate[] = [
  {
    name: '通用答复',
    caseType: null,
    status: null,
    active: true,
    body: '{{applicant.name}}：您好！您反映的“{{case.title}}”（编号 {{case.code}}）已收悉。经{{department.name}}核实，现答复如下：\n\n（答复内容）\n\n感谢您对我们工作的关心和支持。\n\n{{department.name}}\n{{today}}',
  },
  {
    name: '咨询答复',
    caseType: 'consultation',
    status: null,
    active: true,
    body: '{{applicant.name}}：您好！关于您咨询的“{{case.title}}”，答复如下：\n\n（政策依据与办理指引）\n\n如有疑问，可拨打12345热线咨询。\n\n{{department.name}}\n{{today}}',
  },
  {
    name: '投诉处理结果',
    caseType: 'complaint',
    status: null,
    active: true,
    body: '{{applicant.name}}：您好！您于{{case.receivedDate}}投诉的“{{case.title}}”（编号 {{case.code}}），{{department.name}}已调查处理：\n\n（调查情况与处理结果）\n\n{{department.name}}\n{{today}}',
  },
  {
    name: '政府信息公开申请答复书',
    caseType: 'disclosure',
    status: null,
    active: true,
    body: '{{applicant.name}}：\n本机关于{{case.receivedDate}}收到您提出的政府信息公开申请（编号 {{case.code}}），申请获取“{{case.title}}”。根据《中华人民共和国政府信息公开条例》第三十六条的规定，现答复如下：\n\n（答复内容）\n\n如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。\n\n{{department.name}}\n{{today}}',
  },
  {
    name: '政务舆情回应',
    caseType: 'opinion',
    status: null,
    active: true,
    body: '近日，有网民反映“{{case.title}}”。{{department.name}}高度重视，第一时间组织核查。现将有关情况通报如下：\n\n（核查情况、处置措施）\n\n后续情况将及时发布。\n\n{{department.name}}\n{{today}}',
  },
];
