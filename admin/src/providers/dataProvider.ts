import simpleRestProvider from 'ra-data-simple-rest';
import { httpClient } from './http';

export const dataProvider = simpleRestProvider('/api', httpClient);
