import { asc, eq } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import type { Department, DepartmentCreate, DepartmentUpdate } from '../../../domain/department';
import type { Db } from '../../db';
import { departments } from '../../schema';
import { auditedTable } from '../audit-log/table';

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

const records = auditedTable(departments, {
  entity: 'departments',
  view: ({ id, code, name, nameEn, active }): Department => ({ id, code, name, nameEn, active }),
});

export const createDepartment = (db: Db, actor: AuditActor, input: DepartmentCreate): Promise<Department> =>
  records.create(db, actor, input);

export const updateDepartment = (db: Db, actor: AuditActor, id: number, input: DepartmentUpdate) =>
  records.update(db, actor, id, input);
