import { Edit } from 'react-admin';
import { CategoryForm } from './CategoryForm';

const CategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <CategoryForm />
  </Edit>
);

export default CategoryEdit;
