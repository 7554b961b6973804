import TextSnippetIcon from '@mui/icons-material/TextSnippet';
import { lazy } from 'react';

export default {
  icon: TextSnippetIcon,
  list: lazy(() => import('./TemplateList')),
  create: lazy(() => import('./TemplateCreate')),
  edit: lazy(() => import('./TemplateEdit')),
  recordRepresentation: 'name',
};
