/** The closed list of error codes every layer uses; the API maps them to HTTP statuses in one place. */
export const errorCatalog = {
  BAD_REQUEST: { status: 400, zh: '请求参数有误', en: 'Bad request' },
  UNAUTHORIZED: { status: 401, zh: '请先登录', en: 'Authentication required' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Invalid username or password' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'Not allowed' },
  CSRF: { status: 403, zh: '请求来源校验失败', en: 'Cross-site request refused' },
  DATE_OUT_OF_RANGE: { status: 400, zh: '日期超出支持范围', en: 'Date outside the supported range' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  CONFLICT: { status: 409, zh: '与现有数据冲突', en: 'Conflict with existing data' },
  INVALID_TRANSITION: {
    status: 409,
    zh: '当前状态不允许此操作',
    en: 'Action not allowed in the current state',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'Payload too large' },
  UNSUPPORTED: { status: 415, zh: '不支持的内容格式', en: 'Unsupported content' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  FETCH_FAILED: { status: 502, zh: '无法读取该网页', en: 'The web page could not be read' },
  UNAVAILABLE: { status: 503, zh: '依赖服务暂不可用', en: 'A dependency is unavailable' },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  requestId: string;
  details?: unknown;
}

/** An expected failure with a code from the catalog and a bilingual message ("中文 (English)"). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: { zh: string; en: string } | string, details?: unknown) {
    const entry = errorCatalog[code];
    const text =
      typeof message === 'string' ? message : `${message?.zh ?? entry.zh} (${message?.en ?? entry.en})`;
    super(text);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
