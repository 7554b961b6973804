/** Where the training endpoints live (topics API, issue 4). */
export const trainingApi = {
  models: 'training/models',
  upload: (kind: string, filename: string) =>
    `training/examples?kind=${kind}&format=${filename.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl'}`,
  train: 'training/train',
};
