import { ApiKeyCreateSchema } from '@desk/core';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Create, type RaRecord, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { zodValidate } from '../common/zodValidate';

/** The secret comes back once in the create response; it is shown here and never again. */
const ApiKeyCreate = () => {
  const translate = useTranslate();
  const [key, setKey] = useState<string>();
  if (key)
    return (
      <Box sx={{ mt: 2 }}>
        <Alert severity="warning">
          <Typography>{translate('desk.apiKeys.created')}</Typography>
          <Typography
            component="code"
            sx={{ fontFamily: 'monospace', userSelect: 'all' }}
            data-testid="api-key-secret"
          >
            {key}
          </Typography>
        </Alert>
        <Button component={Link} to="/api-keys" sx={{ mt: 2 }}>
          {translate('ra.action.back')}
        </Button>
      </Box>
    );
  return (
    <Create mutationOptions={{ onSuccess: (data: RaRecord) => setKey(String(data.key)) }}>
      <SimpleForm validate={zodValidate(ApiKeyCreateSchema)}>
        <TextInput source="name" />
      </SimpleForm>
    </Create>
  );
};

export default ApiKeyCreate;
