import { JoinColumn, ManyToOne, type ObjectType, type RelationOptions } from 'typeorm';

// Declares a foreign key on an id column the entity already maps, so that the entities describe
// every constraint the migrations create (and migration:generate proposes no drops). The
// decorated property is never loaded; the code reads the id column.
export function References(
  target: () => ObjectType<unknown>,
  column: string,
  constraintName: string,
  options: Pick<RelationOptions, 'onDelete' | 'deferrable'> = {},
): PropertyDecorator {
  return (prototype, property) => {
    ManyToOne(target, { onDelete: options.onDelete ?? 'NO ACTION', deferrable: options.deferrable, createForeignKeyConstraints: true })(
      prototype,
      property,
    );
    JoinColumn({ name: column, foreignKeyConstraintName: constraintName })(prototype, property);
  };
}
