import { Create } from 'react-admin';
import { PlaceForm } from './PlaceForm';

const PlaceCreate = () => (
  <Create redirect="list">
    <PlaceForm />
  </Create>
);

export default PlaceCreate;
