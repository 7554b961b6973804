import { Create } from 'react-admin';
import { CategoryForm } from './CategoryForm';

const CategoryCreate = () => (
  <Create redirect="list">
    <CategoryForm />
  </Create>
);

export default CategoryCreate;
