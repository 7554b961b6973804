import { Stack, Typography } from '@mui/material';
import { NumberInput, TextInput, useTranslate } from 'react-admin';

const row = { direction: { xs: 'column', md: 'row' }, sx: { gap: { md: 2 }, width: '100%' } } as const;
const Heading = ({ text }: { text: string }) => (
  <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
    {text}
  </Typography>
);

/** Selectors of a detail page (`html.detail.*` or `sitemap.detail.*`); empty body = no detail page. */
const DetailInputs = ({ prefix }: { prefix: 'html' | 'sitemap' }) => {
  const translate = useTranslate();
  const field = (name: string) => `${prefix}.detail.${name}`;
  return (
    <>
      <Heading text={translate(`desk.sources.${prefix}_detail`)} />
      <TextInput source={field('body')} fullWidth helperText={translate('desk.sources.detail_body_help')} />
      <Stack {...row}>
        <TextInput source={field('time')} fullWidth helperText={false} />
        <TextInput source={field('author')} fullWidth helperText={false} />
      </Stack>
      <Stack {...row}>
        <TextInput source={field('likes')} fullWidth helperText={false} />
        <TextInput source={field('replies')} fullWidth helperText={false} />
      </Stack>
    </>
  );
};

/** An html source: CSS selectors on the list page, pagination, and the detail page. */
export const HtmlSettings = () => {
  const translate = useTranslate();
  return (
    <Stack sx={{ width: '100%' }} data-testid="html-settings">
      <Heading text={translate('desk.sources.list_page')} />
      <TextInput source="html.item" fullWidth helperText={translate('desk.sources.item_help')} />
      <Stack {...row}>
        <TextInput source="html.link" fullWidth helperText={translate('desk.sources.link_help')} />
        <TextInput source="html.title" fullWidth helperText={false} />
      </Stack>
      <Stack {...row}>
        <TextInput source="html.time" fullWidth helperText={translate('desk.sources.time_help')} />
        <TextInput source="html.author" fullWidth helperText={false} />
      </Stack>
      <Stack {...row}>
        <TextInput source="html.next" fullWidth helperText={translate('desk.sources.next_help')} />
        <TextInput
          source="html.pageTemplate"
          fullWidth
          helperText={translate('desk.sources.template_help')}
        />
        <NumberInput source="html.maxPages" min={1} max={20} helperText={false} />
      </Stack>
      <DetailInputs prefix="html" />
    </Stack>
  );
};

/** A sitemap source: which pages to keep, how many per pull, and optional detail selectors. */
export const SitemapSettings = () => {
  const translate = useTranslate();
  return (
    <Stack sx={{ width: '100%' }} data-testid="sitemap-settings">
      <Stack {...row}>
        <TextInput source="sitemap.pathPrefix" fullWidth helperText={translate('desk.sources.prefix_help')} />
        <NumberInput source="sitemap.maxPages" min={1} max={200} helperText={false} />
      </Stack>
      <DetailInputs prefix="sitemap" />
    </Stack>
  );
};
