import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { OperationAccess } from '../../apps/api/src/auth/operation-access.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Every operation and who may call it, as declared on its resolver. A new operation fails this
// test until it is added here, so its access is a decision someone wrote down and reviewed.
// public: anyone; signed-in: any account that is not banned (write: also refused while banned);
// roles: those roles, with 2FA on.
const DECLARED: Record<string, string> = {
  'Query.article': 'public',
  'Query.articleCategories': 'public',
  'Query.articles': 'public',
  'Query.board': 'public',
  'Query.boards': 'public',
  'Query.checkContent': 'public',
  'Query.me': 'public',
  'Query.moderationLog': 'roles MODERATOR ADMIN',
  'Query.reviewQueue': 'roles MODERATOR ADMIN',
  'Query.purgePreview': 'roles MODERATOR ADMIN',
  'Query.scamRules': 'roles ADMIN',
  'Query.search': 'public',
  'Query.similarQuestions': 'public',
  'Query.staffLookalikes': 'roles MODERATOR ADMIN',
  'Query.staffMembers': 'roles MODERATOR ADMIN',
  'Query.staffMetrics': 'roles STAFF ADMIN',
  'Query.staffQueue': 'roles STAFF ADMIN',
  'Query.thread': 'public',
  'Query.user': 'public',
  'Query.verifyStaff': 'public',
  'Mutation.addScamRule': 'roles ADMIN, write',
  'Mutation.archiveArticle': 'roles STAFF ADMIN, write',
  'Mutation.createArticle': 'roles STAFF ADMIN, write',
  'Mutation.createArticleCategory': 'roles ADMIN, write',
  'Mutation.publishArticle': 'roles STAFF ADMIN, write',
  'Mutation.updateArticle': 'roles STAFF ADMIN, write',
  'Mutation.updateBoard': 'roles ADMIN, write',
  'Mutation.banUser': 'roles MODERATOR ADMIN, write',
  'Mutation.createBoard': 'roles ADMIN, write',
  'Mutation.createPost': 'signed-in, write',
  'Mutation.createThread': 'signed-in, write',
  'Mutation.deletePost': 'signed-in, write',
  'Mutation.dismissStaffLookalike': 'roles MODERATOR ADMIN, write',
  'Mutation.editPost': 'signed-in, write',
  'Mutation.editThread': 'signed-in, write',
  'Mutation.enableTwoFactor': 'signed-in',
  'Mutation.grantStaffBadge': 'roles ADMIN, write',
  'Mutation.lockThread': 'roles MODERATOR ADMIN, write',
  'Mutation.login': 'public',
  'Mutation.markOfficialAnswer': 'roles STAFF ADMIN, write',
  'Mutation.moderatePost': 'roles MODERATOR ADMIN, write',
  'Mutation.moveThread': 'roles MODERATOR ADMIN, write',
  'Mutation.purgeUserContent': 'roles MODERATOR ADMIN, write',
  'Mutation.reportPost': 'signed-in, write',
  'Mutation.restoreUserContent': 'roles MODERATOR ADMIN, write',
  'Mutation.pinThread': 'roles MODERATOR ADMIN, write',
  'Mutation.logout': 'public',
  'Mutation.refreshSession': 'public',
  'Mutation.register': 'public',
  'Mutation.removeScamRule': 'roles ADMIN, write',
  'Mutation.revokeStaffBadge': 'roles ADMIN, write',
  'Mutation.setRoles': 'roles ADMIN, write',
  'Mutation.setupTwoFactor': 'signed-in',
  'Mutation.unbanUser': 'roles MODERATOR ADMIN, write',
  'Mutation.unlockThread': 'roles MODERATOR ADMIN, write',
  'Mutation.unmarkOfficialAnswer': 'roles STAFF ADMIN, write',
  'Mutation.updateProfile': 'signed-in, write',
  // Open to visitors; each event is then checked against what the subscriber may see.
  'Subscription.postAdded': 'public',
  'Subscription.postUpdated': 'public',
  'Subscription.threadUpdated': 'public',
};

function describeAccess(access: { public?: boolean; roles?: string[]; write?: boolean } | undefined): string {
  if (!access) return 'undeclared';
  if (access.public) return 'public';
  const who = access.roles?.length ? `roles ${access.roles.join(' ')}` : 'signed-in';
  return access.write ? `${who}, write` : who;
}

describe('declared access of every operation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists every operation with the access written down here', () => {
    const listed = Object.fromEntries(
      t.app
        .get(OperationAccess)
        .list()
        .map((op) => [`${op.type}.${op.name}`, describeAccess(op.access)]),
    );
    expect(listed).toEqual(DECLARED);
  });

  it('covers every Query, Mutation and Subscription field of the served schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = ['Query', 'Mutation', 'Subscription'].flatMap((type) =>
      Object.keys((schema.getType(type) as GraphQLObjectType).getFields()).map((field) => `${type}.${field}`),
    );
    expect(fields.sort()).toEqual(Object.keys(DECLARED).sort());
  });
});
