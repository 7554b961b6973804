import { asc, eq } from 'drizzle-orm';
import type { Department, DepartmentCreate, DepartmentUpdate } from '../../../domain/department';
import type { Db } from '../../db';
import { departments } from '../../schema';

const columns = {
  id: departments.id,
  code: departments.code,
  name: departments.name,
  nameEn: departments.nameEn,
  active: departments.active,
};

export const listDepartments = (db: Db): Promise<Department[]> =>
  db.select(columns).from(departments).orderBy(asc(departments.id));

export async function getDepartment(db: Db, id: number): Promise<Department | undefined> {
  const [row] = await db.select(columns).from(departments).where(eq(departments.id, id));
  return row;
}

export async function createDepartment(db: Db, input: DepartmentCreate): Promise<Department> {
  const [row] = await db.insert(departments).values(input).returning(columns);
  return row!;
}

export async function updateDepartment(
  db: Db,
  id: number,
  input: DepartmentUpdate,
): Promise<Department | undefined> {
  const [row] = await db.update(departments).set(input).where(eq(departments.id, id)).returning(columns);
  return row;
}
