import { deskZh } from './desk';
import { raZh } from './ra';
import { resourcesZh } from './resources';

export const zhCN = { ra: raZh, resources: resourcesZh, desk: deskZh };
