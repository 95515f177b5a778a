import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRequirement } from './access.decorator.js';

// Nest GraphQL's own metadata keys (graphql.constants): which methods are operations, which fields.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_PROPERTY = 'graphql:resolve_property';

export interface DeclaredOperation {
  type: 'Query' | 'Mutation' | 'Subscription';
  name: string;
  access: AccessRequirement | undefined;
  where: string;
}

// Default deny: every Query, Mutation and Subscription declares who may call it (@Public() or
// @SignedIn(...)), or the app does not start. Field resolvers may not carry an access rule: the
// guard does not run per field, so one there would silently do nothing; what a field may show is
// decided by the visibility rules (access/content-visibility.ts) and the mappers.
@Injectable()
export class OperationAccess implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const problems: string[] = [];
    for (const method of this.methods()) {
      const access = this.reflector.get<AccessRequirement | undefined>(ACCESS_KEY, method.handler);
      if (method.operation && !access)
        problems.push(`${method.where} (${method.operation}) declares no access: add @Public() or @SignedIn(...)`);
      if (!method.operation && method.field && access)
        problems.push(`${method.where} is a field resolver with an access rule, which the guard would never apply`);
    }
    if (problems.length > 0) throw new Error(`Operations without a valid access declaration:\n  ${problems.join('\n  ')}`);
  }

  list(): DeclaredOperation[] {
    return this.methods()
      .filter((m) => m.operation)
      .map((m) => ({
        type: m.operation!,
        // The schema field: the decorator's name when it gives one, else the method's.
        name: this.reflector.get<string>(RESOLVER_NAME, m.handler) ?? m.method,
        access: this.reflector.get<AccessRequirement | undefined>(ACCESS_KEY, m.handler),
        where: m.where,
      }))
      .sort((a, b) => `${a.type}.${a.name}`.localeCompare(`${b.type}.${b.name}`));
  }

  private methods() {
    const found: {
      handler: (...args: unknown[]) => unknown;
      operation?: DeclaredOperation['type'];
      field: boolean;
      method: string;
      where: string;
    }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const operation = this.reflector.get<DeclaredOperation['type'] | undefined>(RESOLVER_TYPE, handler);
        const field = this.reflector.get<boolean | undefined>(RESOLVER_PROPERTY, handler) === true;
        if (operation || field) found.push({ handler, operation, field, method: name, where: `${prototype.constructor.name}.${name}` });
      }
    }
    return found;
  }
}
