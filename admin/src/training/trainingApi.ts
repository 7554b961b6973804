/** The topics API's training endpoints (api/src/routes/training). */
export const trainingApi = {
  summary: 'training',
  upload: (kind: string, filename: string) =>
    `training/examples?kind=${kind}&format=${filename.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl'}`,
  train: 'training/train',
  confirm: (messageId: number | string) => `training/confirm/${messageId}`,
  confirmSentiment: (messageId: number | string) => `training/confirm-sentiment/${messageId}`,
};
