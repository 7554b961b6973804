import { Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

const StreamPage = () => {
  const translate = useTranslate();
  return (
    <>
      <Title title={translate('desk.stream.title')} />
      <Typography>{translate('desk.stream.empty')}</Typography>
    </>
  );
};

export default StreamPage;
