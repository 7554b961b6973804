import { Edit } from 'react-admin';
import { PlaceForm } from './PlaceForm';

const PlaceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <PlaceForm />
  </Edit>
);

export default PlaceEdit;
