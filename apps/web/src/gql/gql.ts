/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query ProfilePage {\n    me {\n      id\n      handle\n      email\n      displayName\n      locale\n      twoFactorEnabled\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation UpdateProfile($displayName: String, $locale: String) {\n    updateProfile(displayName: $displayName, locale: $locale) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.SetupTwoFactorDocument,
    "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code) {\n      id\n      twoFactorEnabled\n    }\n  }\n": typeof types.EnableTwoFactorDocument,
    "\n  query StaffLookalikes($after: String) {\n    staffLookalikes(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          detectedAt\n          user {\n            id\n            handle\n            displayName\n          }\n          imitates {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.StaffLookalikesDocument,
    "\n  query ScamRules {\n    scamRules {\n      ...ScamRuleRow_rule\n    }\n  }\n": typeof types.ScamRulesDocument,
    "\n  query TryContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n": typeof types.TryContentDocument,
    "\n  query AdminUser($handle: String!) {\n    user(handle: $handle) {\n      ...AdminUser_user\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  query Rules($kind: ScamRuleKind) {\n    scamRules(kind: $kind) {\n      id\n      kind\n      pattern\n      action\n      locale\n      createdAt\n    }\n  }\n": typeof types.RulesDocument,
    "\n  query Lookalikes {\n    staffLookalikes(first: 20) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          user {\n            id\n          }\n          imitates {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.LookalikesDocument,
    "\n      query U {\n        user(handle: \"lena\") {\n          id\n          roles\n          badge {\n            title\n          }\n        }\n      }\n    ": typeof types.UDocument,
    "\n  fragment AdminUser_user on User {\n    id\n    handle\n    displayName\n    roles\n    moderatorLocales\n    bannedUntil\n    createdAt\n    badge {\n      title\n      team\n      locales\n      grantedAt\n    }\n  }\n": typeof types.AdminUser_UserFragmentDoc,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      ...AdminUser_user\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  mutation GrantStaffBadge($input: GrantStaffBadgeInput!) {\n    grantStaffBadge(input: $input) {\n      ...AdminUser_user\n    }\n  }\n": typeof types.GrantStaffBadgeDocument,
    "\n  mutation RevokeStaffBadge($userId: ID!, $reason: String!) {\n    revokeStaffBadge(userId: $userId, reason: $reason) {\n      ...AdminUser_user\n    }\n  }\n": typeof types.RevokeStaffBadgeDocument,
    "\n  fragment ScamRuleRow_rule on ScamRule {\n    id\n    kind\n    pattern\n    action\n    locale\n    createdAt\n  }\n": typeof types.ScamRuleRow_RuleFragmentDoc,
    "\n  mutation AddScamRule($input: AddScamRuleInput!) {\n    addScamRule(input: $input) {\n      ...ScamRuleRow_rule\n    }\n  }\n": typeof types.AddScamRuleDocument,
    "\n  mutation RemoveScamRule($id: ID!) {\n    removeScamRule(id: $id)\n  }\n": typeof types.RemoveScamRuleDocument,
    "\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      locale\n      slug\n      topicKey\n      kind\n      position\n    }\n  }\n": typeof types.CreateBoardDocument,
    "\n  mutation DismissStaffLookalike($userId: ID!, $staffId: ID!, $reason: String!) {\n    dismissStaffLookalike(userId: $userId, staffId: $staffId, reason: $reason)\n  }\n": typeof types.DismissStaffLookalikeDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query BoardPage($locale: String!, $slug: String!, $first: Int!, $after: String, $orderBy: ThreadOrder!, $tag: String) {\n    board(locale: $locale, slug: $slug) {\n      id\n      topicKey\n      name\n      description\n      kind\n      threads(first: $first, after: $after, orderBy: $orderBy, tag: $tag) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ThreadRow_thread\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.BoardPageDocument,
    "\n  query Boards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      slug\n      topicKey\n      name\n      description\n      kind\n      locale\n      threadCount\n      lastActivityAt\n    }\n  }\n": typeof types.BoardsDocument,
    "\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    status\n    pinned\n    private\n    replyCount\n    lastActivityAt\n    tags\n  }\n": typeof types.ThreadRow_ThreadFragmentDoc,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      body\n      bodyHtml\n      revision\n      editedAt\n      state\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  query ComposerBoards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      topicKey\n      name\n    }\n  }\n": typeof types.ComposerBoardsDocument,
    "\n  query CheckContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n": typeof types.CheckContentDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      board {\n        id\n      }\n      question {\n        id\n        state\n      }\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      state\n      isOfficialAnswer\n      body\n      revision\n      viewerCan {\n        edit\n        markOfficial\n        moderate\n      }\n      ...PostCard_post\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  query ModerationLog($actorId: ID, $targetId: ID, $after: String) {\n    moderationLog(first: 50, actorId: $actorId, targetId: $targetId, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          createdAt\n          locale\n          reason\n          targetType\n          targetId\n          before\n          after\n          actor {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query AccountByHandle($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n    }\n  }\n": typeof types.AccountByHandleDocument,
    "\n  fragment ReviewItemView_item on ReviewItem {\n    priority\n    autoHidden\n    openedAt\n    verdict {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n    reports {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        handle\n      }\n    }\n    post {\n      id\n      number\n      state\n      body\n      createdAt\n      removalReason\n      thread {\n        id\n        title\n        locked\n        board {\n          id\n          name\n          locale\n        }\n        question {\n          id\n          body\n        }\n      }\n      author {\n        id\n        handle\n        displayName\n        createdAt\n        bannedUntil\n        roles\n        trustLevel\n        moderationHistory {\n          removedPosts\n          hiddenPosts\n          bans\n          reportsUpheld\n          reportsDismissed\n        }\n      }\n    }\n  }\n": typeof types.ReviewItemView_ItemFragmentDoc,
    "\n  query ReviewQueue($locales: [String!], $after: String) {\n    me {\n      id\n      roles\n      moderatorLocales\n    }\n    reviewQueue(first: 20, after: $after, locales: $locales) {\n      edges {\n        cursor\n        node {\n          ...ReviewItemView_item\n          verdict {\n            action\n          }\n          reports {\n            id\n            reason\n          }\n          post {\n            id\n            state\n            thread {\n              id\n              title\n              board {\n                id\n                locale\n              }\n            }\n            author {\n              id\n              handle\n              displayName\n              bannedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ThreadTools($id: ID!) {\n    thread(id: $id) {\n      ...ThreadToolsChange_thread\n      board {\n        id\n        kind\n      }\n    }\n    zh: boards(locale: \"zh-CN\") {\n      id\n      name\n      locale\n      kind\n    }\n    en: boards(locale: \"en\") {\n      id\n      name\n      locale\n      kind\n    }\n  }\n": typeof types.ThreadToolsDocument,
    "\n  query Listing($id: ID!) {\n    board(id: $id) {\n      id\n      threadCount\n      threads(first: 20) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ListingDocument,
    "fragment B on Thread { board { id } }": typeof types.BFragmentDoc,
    "fragment P on Thread { pinned }": typeof types.PFragmentDoc,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      state\n      removalReason\n      bodyHtml\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation BanUser($input: BanUserInput!) {\n    banUser(input: $input) {\n      id\n      bannedUntil\n    }\n  }\n": typeof types.BanUserDocument,
    "\n  mutation UnbanUser($userId: ID!, $reason: String!) {\n    unbanUser(userId: $userId, reason: $reason) {\n      id\n      bannedUntil\n    }\n  }\n": typeof types.UnbanUserDocument,
    "\n  mutation PurgeUserContent($userId: ID!, $reason: String!, $ban: Boolean, $banUntil: DateTime) {\n    purgeUserContent(userId: $userId, reason: $reason, ban: $ban, banUntil: $banUntil) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n": typeof types.PurgeUserContentDocument,
    "\n  mutation RestoreUserContent($userId: ID!, $reason: String!) {\n    restoreUserContent(userId: $userId, reason: $reason) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n": typeof types.RestoreUserContentDocument,
    "\n  fragment ModerationAuthorRef on Post {\n    author {\n      id\n    }\n  }\n": typeof types.ModerationAuthorRefFragmentDoc,
    "\n  fragment ThreadToolsChange_thread on Thread {\n    id\n    locked\n    pinned\n    status\n    board {\n      id\n      name\n      locale\n      topicKey\n    }\n  }\n": typeof types.ThreadToolsChange_ThreadFragmentDoc,
    "\n  mutation LockThread($threadId: ID!, $reason: String!) {\n    lockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation UnlockThread($threadId: ID!, $reason: String!) {\n    unlockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": typeof types.UnlockThreadDocument,
    "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation MoveThread($threadId: ID!, $boardId: ID!, $reason: String!) {\n    moveThread(threadId: $threadId, boardId: $boardId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": typeof types.MoveThreadDocument,
    "\n  query StaffMetrics($locale: String!, $since: DateTime!) {\n    staffMetrics(locale: $locale, since: $since) {\n      locale\n      since\n      medianFirstResponseSeconds\n      p90FirstResponseSeconds\n      unanswered\n      answered\n    }\n  }\n": typeof types.StaffMetricsDocument,
    "\n  query StaffQueue($after: String) {\n    me {\n      id\n      roles\n      badge {\n        locales\n      }\n    }\n    staffQueue(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          private\n          createdAt\n          replyCount\n          board {\n            id\n            name\n            locale\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.StaffQueueDocument,
    "\n  fragment VerifiedUser_user on User {\n    id\n    handle\n    displayName\n    badge {\n      team\n      title\n    }\n  }\n": typeof types.VerifiedUser_UserFragmentDoc,
    "\n  query VerifyStaff($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        ...VerifiedUser_user\n      }\n      lookalikeOf {\n        ...VerifiedUser_user\n      }\n    }\n  }\n": typeof types.VerifyStaffDocument,
    "\n  query ThreadPage($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      status\n      private\n      locked\n      tags\n      board {\n        id\n        name\n        topicKey\n      }\n      viewerCan {\n        reply\n        markOfficial\n        moderate\n      }\n      question {\n        id\n        body\n        revision\n        state\n        viewerCan {\n          edit\n          moderate\n        }\n        ...PostCard_post\n      }\n      officialAnswer {\n        id\n        state\n        viewerCan {\n          moderate\n        }\n        ...PostCard_post\n      }\n      replies(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            isOfficialAnswer\n            body\n            revision\n            state\n            viewerCan {\n              edit\n              markOfficial\n              moderate\n            }\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  fragment PostCard_post on Post {\n    id\n    number\n    state\n    bodyHtml\n    removalReason\n    createdAt\n    editedAt\n    isOfficialAnswer\n    author {\n      id\n      handle\n      displayName\n      badge {\n        team\n        title\n      }\n    }\n  }\n": typeof types.PostCard_PostFragmentDoc,
    "\n  query StaffBadgeVerify($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        id\n        badge {\n          team\n          title\n        }\n      }\n    }\n  }\n": typeof types.StaffBadgeVerifyDocument,
    "\n  fragment OfficialAnswerChange_thread on Thread {\n    __typename\n    id\n    status\n    officialAnswer {\n      __typename\n      id\n      isOfficialAnswer\n    }\n  }\n": typeof types.OfficialAnswerChange_ThreadFragmentDoc,
    "\n  mutation MarkOfficialAnswer($postId: ID!) {\n    markOfficialAnswer(postId: $postId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n": typeof types.MarkOfficialAnswerDocument,
    "\n  mutation UnmarkOfficialAnswer($threadId: ID!) {\n    unmarkOfficialAnswer(threadId: $threadId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n": typeof types.UnmarkOfficialAnswerDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query ProfilePage {\n    me {\n      id\n      handle\n      email\n      displayName\n      locale\n      twoFactorEnabled\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation UpdateProfile($displayName: String, $locale: String) {\n    updateProfile(displayName: $displayName, locale: $locale) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": types.SetupTwoFactorDocument,
    "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code) {\n      id\n      twoFactorEnabled\n    }\n  }\n": types.EnableTwoFactorDocument,
    "\n  query StaffLookalikes($after: String) {\n    staffLookalikes(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          detectedAt\n          user {\n            id\n            handle\n            displayName\n          }\n          imitates {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.StaffLookalikesDocument,
    "\n  query ScamRules {\n    scamRules {\n      ...ScamRuleRow_rule\n    }\n  }\n": types.ScamRulesDocument,
    "\n  query TryContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n": types.TryContentDocument,
    "\n  query AdminUser($handle: String!) {\n    user(handle: $handle) {\n      ...AdminUser_user\n    }\n  }\n": types.AdminUserDocument,
    "\n  query Rules($kind: ScamRuleKind) {\n    scamRules(kind: $kind) {\n      id\n      kind\n      pattern\n      action\n      locale\n      createdAt\n    }\n  }\n": types.RulesDocument,
    "\n  query Lookalikes {\n    staffLookalikes(first: 20) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          user {\n            id\n          }\n          imitates {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.LookalikesDocument,
    "\n      query U {\n        user(handle: \"lena\") {\n          id\n          roles\n          badge {\n            title\n          }\n        }\n      }\n    ": types.UDocument,
    "\n  fragment AdminUser_user on User {\n    id\n    handle\n    displayName\n    roles\n    moderatorLocales\n    bannedUntil\n    createdAt\n    badge {\n      title\n      team\n      locales\n      grantedAt\n    }\n  }\n": types.AdminUser_UserFragmentDoc,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      ...AdminUser_user\n    }\n  }\n": types.SetRolesDocument,
    "\n  mutation GrantStaffBadge($input: GrantStaffBadgeInput!) {\n    grantStaffBadge(input: $input) {\n      ...AdminUser_user\n    }\n  }\n": types.GrantStaffBadgeDocument,
    "\n  mutation RevokeStaffBadge($userId: ID!, $reason: String!) {\n    revokeStaffBadge(userId: $userId, reason: $reason) {\n      ...AdminUser_user\n    }\n  }\n": types.RevokeStaffBadgeDocument,
    "\n  fragment ScamRuleRow_rule on ScamRule {\n    id\n    kind\n    pattern\n    action\n    locale\n    createdAt\n  }\n": types.ScamRuleRow_RuleFragmentDoc,
    "\n  mutation AddScamRule($input: AddScamRuleInput!) {\n    addScamRule(input: $input) {\n      ...ScamRuleRow_rule\n    }\n  }\n": types.AddScamRuleDocument,
    "\n  mutation RemoveScamRule($id: ID!) {\n    removeScamRule(id: $id)\n  }\n": types.RemoveScamRuleDocument,
    "\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      locale\n      slug\n      topicKey\n      kind\n      position\n    }\n  }\n": types.CreateBoardDocument,
    "\n  mutation DismissStaffLookalike($userId: ID!, $staffId: ID!, $reason: String!) {\n    dismissStaffLookalike(userId: $userId, staffId: $staffId, reason: $reason)\n  }\n": types.DismissStaffLookalikeDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.RegisterDocument,
    "\n  query BoardPage($locale: String!, $slug: String!, $first: Int!, $after: String, $orderBy: ThreadOrder!, $tag: String) {\n    board(locale: $locale, slug: $slug) {\n      id\n      topicKey\n      name\n      description\n      kind\n      threads(first: $first, after: $after, orderBy: $orderBy, tag: $tag) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ThreadRow_thread\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.BoardPageDocument,
    "\n  query Boards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      slug\n      topicKey\n      name\n      description\n      kind\n      locale\n      threadCount\n      lastActivityAt\n    }\n  }\n": types.BoardsDocument,
    "\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    status\n    pinned\n    private\n    replyCount\n    lastActivityAt\n    tags\n  }\n": types.ThreadRow_ThreadFragmentDoc,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      body\n      bodyHtml\n      revision\n      editedAt\n      state\n    }\n  }\n": types.EditPostDocument,
    "\n  query ComposerBoards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      topicKey\n      name\n    }\n  }\n": types.ComposerBoardsDocument,
    "\n  query CheckContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n": types.CheckContentDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      board {\n        id\n      }\n      question {\n        id\n        state\n      }\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      state\n      isOfficialAnswer\n      body\n      revision\n      viewerCan {\n        edit\n        markOfficial\n        moderate\n      }\n      ...PostCard_post\n    }\n  }\n": types.CreatePostDocument,
    "\n  query ModerationLog($actorId: ID, $targetId: ID, $after: String) {\n    moderationLog(first: 50, actorId: $actorId, targetId: $targetId, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          createdAt\n          locale\n          reason\n          targetType\n          targetId\n          before\n          after\n          actor {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query AccountByHandle($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n    }\n  }\n": types.AccountByHandleDocument,
    "\n  fragment ReviewItemView_item on ReviewItem {\n    priority\n    autoHidden\n    openedAt\n    verdict {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n    reports {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        handle\n      }\n    }\n    post {\n      id\n      number\n      state\n      body\n      createdAt\n      removalReason\n      thread {\n        id\n        title\n        locked\n        board {\n          id\n          name\n          locale\n        }\n        question {\n          id\n          body\n        }\n      }\n      author {\n        id\n        handle\n        displayName\n        createdAt\n        bannedUntil\n        roles\n        trustLevel\n        moderationHistory {\n          removedPosts\n          hiddenPosts\n          bans\n          reportsUpheld\n          reportsDismissed\n        }\n      }\n    }\n  }\n": types.ReviewItemView_ItemFragmentDoc,
    "\n  query ReviewQueue($locales: [String!], $after: String) {\n    me {\n      id\n      roles\n      moderatorLocales\n    }\n    reviewQueue(first: 20, after: $after, locales: $locales) {\n      edges {\n        cursor\n        node {\n          ...ReviewItemView_item\n          verdict {\n            action\n          }\n          reports {\n            id\n            reason\n          }\n          post {\n            id\n            state\n            thread {\n              id\n              title\n              board {\n                id\n                locale\n              }\n            }\n            author {\n              id\n              handle\n              displayName\n              bannedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ThreadTools($id: ID!) {\n    thread(id: $id) {\n      ...ThreadToolsChange_thread\n      board {\n        id\n        kind\n      }\n    }\n    zh: boards(locale: \"zh-CN\") {\n      id\n      name\n      locale\n      kind\n    }\n    en: boards(locale: \"en\") {\n      id\n      name\n      locale\n      kind\n    }\n  }\n": types.ThreadToolsDocument,
    "\n  query Listing($id: ID!) {\n    board(id: $id) {\n      id\n      threadCount\n      threads(first: 20) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ListingDocument,
    "fragment B on Thread { board { id } }": types.BFragmentDoc,
    "fragment P on Thread { pinned }": types.PFragmentDoc,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      state\n      removalReason\n      bodyHtml\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation BanUser($input: BanUserInput!) {\n    banUser(input: $input) {\n      id\n      bannedUntil\n    }\n  }\n": types.BanUserDocument,
    "\n  mutation UnbanUser($userId: ID!, $reason: String!) {\n    unbanUser(userId: $userId, reason: $reason) {\n      id\n      bannedUntil\n    }\n  }\n": types.UnbanUserDocument,
    "\n  mutation PurgeUserContent($userId: ID!, $reason: String!, $ban: Boolean, $banUntil: DateTime) {\n    purgeUserContent(userId: $userId, reason: $reason, ban: $ban, banUntil: $banUntil) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n": types.PurgeUserContentDocument,
    "\n  mutation RestoreUserContent($userId: ID!, $reason: String!) {\n    restoreUserContent(userId: $userId, reason: $reason) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n": types.RestoreUserContentDocument,
    "\n  fragment ModerationAuthorRef on Post {\n    author {\n      id\n    }\n  }\n": types.ModerationAuthorRefFragmentDoc,
    "\n  fragment ThreadToolsChange_thread on Thread {\n    id\n    locked\n    pinned\n    status\n    board {\n      id\n      name\n      locale\n      topicKey\n    }\n  }\n": types.ThreadToolsChange_ThreadFragmentDoc,
    "\n  mutation LockThread($threadId: ID!, $reason: String!) {\n    lockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation UnlockThread($threadId: ID!, $reason: String!) {\n    unlockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": types.UnlockThreadDocument,
    "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation MoveThread($threadId: ID!, $boardId: ID!, $reason: String!) {\n    moveThread(threadId: $threadId, boardId: $boardId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n": types.MoveThreadDocument,
    "\n  query StaffMetrics($locale: String!, $since: DateTime!) {\n    staffMetrics(locale: $locale, since: $since) {\n      locale\n      since\n      medianFirstResponseSeconds\n      p90FirstResponseSeconds\n      unanswered\n      answered\n    }\n  }\n": types.StaffMetricsDocument,
    "\n  query StaffQueue($after: String) {\n    me {\n      id\n      roles\n      badge {\n        locales\n      }\n    }\n    staffQueue(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          private\n          createdAt\n          replyCount\n          board {\n            id\n            name\n            locale\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.StaffQueueDocument,
    "\n  fragment VerifiedUser_user on User {\n    id\n    handle\n    displayName\n    badge {\n      team\n      title\n    }\n  }\n": types.VerifiedUser_UserFragmentDoc,
    "\n  query VerifyStaff($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        ...VerifiedUser_user\n      }\n      lookalikeOf {\n        ...VerifiedUser_user\n      }\n    }\n  }\n": types.VerifyStaffDocument,
    "\n  query ThreadPage($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      status\n      private\n      locked\n      tags\n      board {\n        id\n        name\n        topicKey\n      }\n      viewerCan {\n        reply\n        markOfficial\n        moderate\n      }\n      question {\n        id\n        body\n        revision\n        state\n        viewerCan {\n          edit\n          moderate\n        }\n        ...PostCard_post\n      }\n      officialAnswer {\n        id\n        state\n        viewerCan {\n          moderate\n        }\n        ...PostCard_post\n      }\n      replies(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            isOfficialAnswer\n            body\n            revision\n            state\n            viewerCan {\n              edit\n              markOfficial\n              moderate\n            }\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  fragment PostCard_post on Post {\n    id\n    number\n    state\n    bodyHtml\n    removalReason\n    createdAt\n    editedAt\n    isOfficialAnswer\n    author {\n      id\n      handle\n      displayName\n      badge {\n        team\n        title\n      }\n    }\n  }\n": types.PostCard_PostFragmentDoc,
    "\n  query StaffBadgeVerify($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        id\n        badge {\n          team\n          title\n        }\n      }\n    }\n  }\n": types.StaffBadgeVerifyDocument,
    "\n  fragment OfficialAnswerChange_thread on Thread {\n    __typename\n    id\n    status\n    officialAnswer {\n      __typename\n      id\n      isOfficialAnswer\n    }\n  }\n": types.OfficialAnswerChange_ThreadFragmentDoc,
    "\n  mutation MarkOfficialAnswer($postId: ID!) {\n    markOfficialAnswer(postId: $postId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n": types.MarkOfficialAnswerDocument,
    "\n  mutation UnmarkOfficialAnswer($threadId: ID!) {\n    unmarkOfficialAnswer(threadId: $threadId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n": types.UnmarkOfficialAnswerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    me {\n      id\n      handle\n      email\n      displayName\n      locale\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    me {\n      id\n      handle\n      email\n      displayName\n      locale\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($displayName: String, $locale: String) {\n    updateProfile(displayName: $displayName, locale: $locale) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($displayName: String, $locale: String) {\n    updateProfile(displayName: $displayName, locale: $locale) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code) {\n      id\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code) {\n      id\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLookalikes($after: String) {\n    staffLookalikes(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          detectedAt\n          user {\n            id\n            handle\n            displayName\n          }\n          imitates {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StaffLookalikes($after: String) {\n    staffLookalikes(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          detectedAt\n          user {\n            id\n            handle\n            displayName\n          }\n          imitates {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScamRules {\n    scamRules {\n      ...ScamRuleRow_rule\n    }\n  }\n"): (typeof documents)["\n  query ScamRules {\n    scamRules {\n      ...ScamRuleRow_rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TryContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query TryContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($handle: String!) {\n    user(handle: $handle) {\n      ...AdminUser_user\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($handle: String!) {\n    user(handle: $handle) {\n      ...AdminUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rules($kind: ScamRuleKind) {\n    scamRules(kind: $kind) {\n      id\n      kind\n      pattern\n      action\n      locale\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Rules($kind: ScamRuleKind) {\n    scamRules(kind: $kind) {\n      id\n      kind\n      pattern\n      action\n      locale\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lookalikes {\n    staffLookalikes(first: 20) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          user {\n            id\n          }\n          imitates {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Lookalikes {\n    staffLookalikes(first: 20) {\n      edges {\n        cursor\n        node {\n          field\n          name\n          user {\n            id\n          }\n          imitates {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query U {\n        user(handle: \"lena\") {\n          id\n          roles\n          badge {\n            title\n          }\n        }\n      }\n    "): (typeof documents)["\n      query U {\n        user(handle: \"lena\") {\n          id\n          roles\n          badge {\n            title\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser_user on User {\n    id\n    handle\n    displayName\n    roles\n    moderatorLocales\n    bannedUntil\n    createdAt\n    badge {\n      title\n      team\n      locales\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUser_user on User {\n    id\n    handle\n    displayName\n    roles\n    moderatorLocales\n    bannedUntil\n    createdAt\n    badge {\n      title\n      team\n      locales\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      ...AdminUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      ...AdminUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantStaffBadge($input: GrantStaffBadgeInput!) {\n    grantStaffBadge(input: $input) {\n      ...AdminUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation GrantStaffBadge($input: GrantStaffBadgeInput!) {\n    grantStaffBadge(input: $input) {\n      ...AdminUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeStaffBadge($userId: ID!, $reason: String!) {\n    revokeStaffBadge(userId: $userId, reason: $reason) {\n      ...AdminUser_user\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeStaffBadge($userId: ID!, $reason: String!) {\n    revokeStaffBadge(userId: $userId, reason: $reason) {\n      ...AdminUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScamRuleRow_rule on ScamRule {\n    id\n    kind\n    pattern\n    action\n    locale\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ScamRuleRow_rule on ScamRule {\n    id\n    kind\n    pattern\n    action\n    locale\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddScamRule($input: AddScamRuleInput!) {\n    addScamRule(input: $input) {\n      ...ScamRuleRow_rule\n    }\n  }\n"): (typeof documents)["\n  mutation AddScamRule($input: AddScamRuleInput!) {\n    addScamRule(input: $input) {\n      ...ScamRuleRow_rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveScamRule($id: ID!) {\n    removeScamRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveScamRule($id: ID!) {\n    removeScamRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      locale\n      slug\n      topicKey\n      kind\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) {\n      id\n      name\n      locale\n      slug\n      topicKey\n      kind\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissStaffLookalike($userId: ID!, $staffId: ID!, $reason: String!) {\n    dismissStaffLookalike(userId: $userId, staffId: $staffId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DismissStaffLookalike($userId: ID!, $staffId: ID!, $reason: String!) {\n    dismissStaffLookalike(userId: $userId, staffId: $staffId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPage($locale: String!, $slug: String!, $first: Int!, $after: String, $orderBy: ThreadOrder!, $tag: String) {\n    board(locale: $locale, slug: $slug) {\n      id\n      topicKey\n      name\n      description\n      kind\n      threads(first: $first, after: $after, orderBy: $orderBy, tag: $tag) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ThreadRow_thread\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardPage($locale: String!, $slug: String!, $first: Int!, $after: String, $orderBy: ThreadOrder!, $tag: String) {\n    board(locale: $locale, slug: $slug) {\n      id\n      topicKey\n      name\n      description\n      kind\n      threads(first: $first, after: $after, orderBy: $orderBy, tag: $tag) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ThreadRow_thread\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      slug\n      topicKey\n      name\n      description\n      kind\n      locale\n      threadCount\n      lastActivityAt\n    }\n  }\n"): (typeof documents)["\n  query Boards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      slug\n      topicKey\n      name\n      description\n      kind\n      locale\n      threadCount\n      lastActivityAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    status\n    pinned\n    private\n    replyCount\n    lastActivityAt\n    tags\n  }\n"): (typeof documents)["\n  fragment ThreadRow_thread on Thread {\n    id\n    title\n    status\n    pinned\n    private\n    replyCount\n    lastActivityAt\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      body\n      bodyHtml\n      revision\n      editedAt\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      id\n      body\n      bodyHtml\n      revision\n      editedAt\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerBoards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      topicKey\n      name\n    }\n  }\n"): (typeof documents)["\n  query ComposerBoards($locale: String!) {\n    boards(locale: $locale) {\n      id\n      topicKey\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckContent($body: String!, $locale: String) {\n    checkContent(body: $body, locale: $locale) {\n      action\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      board {\n        id\n      }\n      question {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      board {\n        id\n      }\n      question {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      state\n      isOfficialAnswer\n      body\n      revision\n      viewerCan {\n        edit\n        markOfficial\n        moderate\n      }\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      state\n      isOfficialAnswer\n      body\n      revision\n      viewerCan {\n        edit\n        markOfficial\n        moderate\n      }\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($actorId: ID, $targetId: ID, $after: String) {\n    moderationLog(first: 50, actorId: $actorId, targetId: $targetId, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          createdAt\n          locale\n          reason\n          targetType\n          targetId\n          before\n          after\n          actor {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($actorId: ID, $targetId: ID, $after: String) {\n    moderationLog(first: 50, actorId: $actorId, targetId: $targetId, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          createdAt\n          locale\n          reason\n          targetType\n          targetId\n          before\n          after\n          actor {\n            id\n            handle\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountByHandle($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  query AccountByHandle($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItemView_item on ReviewItem {\n    priority\n    autoHidden\n    openedAt\n    verdict {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n    reports {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        handle\n      }\n    }\n    post {\n      id\n      number\n      state\n      body\n      createdAt\n      removalReason\n      thread {\n        id\n        title\n        locked\n        board {\n          id\n          name\n          locale\n        }\n        question {\n          id\n          body\n        }\n      }\n      author {\n        id\n        handle\n        displayName\n        createdAt\n        bannedUntil\n        roles\n        trustLevel\n        moderationHistory {\n          removedPosts\n          hiddenPosts\n          bans\n          reportsUpheld\n          reportsDismissed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewItemView_item on ReviewItem {\n    priority\n    autoHidden\n    openedAt\n    verdict {\n      action\n      score\n      signals {\n        kind\n        message\n        evidence\n      }\n    }\n    reports {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        handle\n      }\n    }\n    post {\n      id\n      number\n      state\n      body\n      createdAt\n      removalReason\n      thread {\n        id\n        title\n        locked\n        board {\n          id\n          name\n          locale\n        }\n        question {\n          id\n          body\n        }\n      }\n      author {\n        id\n        handle\n        displayName\n        createdAt\n        bannedUntil\n        roles\n        trustLevel\n        moderationHistory {\n          removedPosts\n          hiddenPosts\n          bans\n          reportsUpheld\n          reportsDismissed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($locales: [String!], $after: String) {\n    me {\n      id\n      roles\n      moderatorLocales\n    }\n    reviewQueue(first: 20, after: $after, locales: $locales) {\n      edges {\n        cursor\n        node {\n          ...ReviewItemView_item\n          verdict {\n            action\n          }\n          reports {\n            id\n            reason\n          }\n          post {\n            id\n            state\n            thread {\n              id\n              title\n              board {\n                id\n                locale\n              }\n            }\n            author {\n              id\n              handle\n              displayName\n              bannedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($locales: [String!], $after: String) {\n    me {\n      id\n      roles\n      moderatorLocales\n    }\n    reviewQueue(first: 20, after: $after, locales: $locales) {\n      edges {\n        cursor\n        node {\n          ...ReviewItemView_item\n          verdict {\n            action\n          }\n          reports {\n            id\n            reason\n          }\n          post {\n            id\n            state\n            thread {\n              id\n              title\n              board {\n                id\n                locale\n              }\n            }\n            author {\n              id\n              handle\n              displayName\n              bannedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTools($id: ID!) {\n    thread(id: $id) {\n      ...ThreadToolsChange_thread\n      board {\n        id\n        kind\n      }\n    }\n    zh: boards(locale: \"zh-CN\") {\n      id\n      name\n      locale\n      kind\n    }\n    en: boards(locale: \"en\") {\n      id\n      name\n      locale\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ThreadTools($id: ID!) {\n    thread(id: $id) {\n      ...ThreadToolsChange_thread\n      board {\n        id\n        kind\n      }\n    }\n    zh: boards(locale: \"zh-CN\") {\n      id\n      name\n      locale\n      kind\n    }\n    en: boards(locale: \"en\") {\n      id\n      name\n      locale\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($id: ID!) {\n    board(id: $id) {\n      id\n      threadCount\n      threads(first: 20) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Listing($id: ID!) {\n    board(id: $id) {\n      id\n      threadCount\n      threads(first: 20) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment B on Thread { board { id } }"): (typeof documents)["fragment B on Thread { board { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment P on Thread { pinned }"): (typeof documents)["fragment P on Thread { pinned }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      state\n      removalReason\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      state\n      removalReason\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BanUser($input: BanUserInput!) {\n    banUser(input: $input) {\n      id\n      bannedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation BanUser($input: BanUserInput!) {\n    banUser(input: $input) {\n      id\n      bannedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbanUser($userId: ID!, $reason: String!) {\n    unbanUser(userId: $userId, reason: $reason) {\n      id\n      bannedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation UnbanUser($userId: ID!, $reason: String!) {\n    unbanUser(userId: $userId, reason: $reason) {\n      id\n      bannedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeUserContent($userId: ID!, $reason: String!, $ban: Boolean, $banUntil: DateTime) {\n    purgeUserContent(userId: $userId, reason: $reason, ban: $ban, banUntil: $banUntil) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PurgeUserContent($userId: ID!, $reason: String!, $ban: Boolean, $banUntil: DateTime) {\n    purgeUserContent(userId: $userId, reason: $reason, ban: $ban, banUntil: $banUntil) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUserContent($userId: ID!, $reason: String!) {\n    restoreUserContent(userId: $userId, reason: $reason) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreUserContent($userId: ID!, $reason: String!) {\n    restoreUserContent(userId: $userId, reason: $reason) {\n      postsRemoved\n      threadsRemoved\n      user {\n        id\n        bannedUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationAuthorRef on Post {\n    author {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationAuthorRef on Post {\n    author {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadToolsChange_thread on Thread {\n    id\n    locked\n    pinned\n    status\n    board {\n      id\n      name\n      locale\n      topicKey\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadToolsChange_thread on Thread {\n    id\n    locked\n    pinned\n    status\n    board {\n      id\n      name\n      locale\n      topicKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($threadId: ID!, $reason: String!) {\n    lockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($threadId: ID!, $reason: String!) {\n    lockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockThread($threadId: ID!, $reason: String!) {\n    unlockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockThread($threadId: ID!, $reason: String!) {\n    unlockThread(threadId: $threadId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($threadId: ID!, $boardId: ID!, $reason: String!) {\n    moveThread(threadId: $threadId, boardId: $boardId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"): (typeof documents)["\n  mutation MoveThread($threadId: ID!, $boardId: ID!, $reason: String!) {\n    moveThread(threadId: $threadId, boardId: $boardId, reason: $reason) {\n      ...ThreadToolsChange_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMetrics($locale: String!, $since: DateTime!) {\n    staffMetrics(locale: $locale, since: $since) {\n      locale\n      since\n      medianFirstResponseSeconds\n      p90FirstResponseSeconds\n      unanswered\n      answered\n    }\n  }\n"): (typeof documents)["\n  query StaffMetrics($locale: String!, $since: DateTime!) {\n    staffMetrics(locale: $locale, since: $since) {\n      locale\n      since\n      medianFirstResponseSeconds\n      p90FirstResponseSeconds\n      unanswered\n      answered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQueue($after: String) {\n    me {\n      id\n      roles\n      badge {\n        locales\n      }\n    }\n    staffQueue(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          private\n          createdAt\n          replyCount\n          board {\n            id\n            name\n            locale\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StaffQueue($after: String) {\n    me {\n      id\n      roles\n      badge {\n        locales\n      }\n    }\n    staffQueue(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          private\n          createdAt\n          replyCount\n          board {\n            id\n            name\n            locale\n          }\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerifiedUser_user on User {\n    id\n    handle\n    displayName\n    badge {\n      team\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment VerifiedUser_user on User {\n    id\n    handle\n    displayName\n    badge {\n      team\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyStaff($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        ...VerifiedUser_user\n      }\n      lookalikeOf {\n        ...VerifiedUser_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyStaff($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        ...VerifiedUser_user\n      }\n      lookalikeOf {\n        ...VerifiedUser_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      status\n      private\n      locked\n      tags\n      board {\n        id\n        name\n        topicKey\n      }\n      viewerCan {\n        reply\n        markOfficial\n        moderate\n      }\n      question {\n        id\n        body\n        revision\n        state\n        viewerCan {\n          edit\n          moderate\n        }\n        ...PostCard_post\n      }\n      officialAnswer {\n        id\n        state\n        viewerCan {\n          moderate\n        }\n        ...PostCard_post\n      }\n      replies(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            isOfficialAnswer\n            body\n            revision\n            state\n            viewerCan {\n              edit\n              markOfficial\n              moderate\n            }\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      status\n      private\n      locked\n      tags\n      board {\n        id\n        name\n        topicKey\n      }\n      viewerCan {\n        reply\n        markOfficial\n        moderate\n      }\n      question {\n        id\n        body\n        revision\n        state\n        viewerCan {\n          edit\n          moderate\n        }\n        ...PostCard_post\n      }\n      officialAnswer {\n        id\n        state\n        viewerCan {\n          moderate\n        }\n        ...PostCard_post\n      }\n      replies(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            isOfficialAnswer\n            body\n            revision\n            state\n            viewerCan {\n              edit\n              markOfficial\n              moderate\n            }\n            ...PostCard_post\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard_post on Post {\n    id\n    number\n    state\n    bodyHtml\n    removalReason\n    createdAt\n    editedAt\n    isOfficialAnswer\n    author {\n      id\n      handle\n      displayName\n      badge {\n        team\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard_post on Post {\n    id\n    number\n    state\n    bodyHtml\n    removalReason\n    createdAt\n    editedAt\n    isOfficialAnswer\n    author {\n      id\n      handle\n      displayName\n      badge {\n        team\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffBadgeVerify($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        id\n        badge {\n          team\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffBadgeVerify($handle: String!) {\n    verifyStaff(handle: $handle) {\n      handle\n      isOfficial\n      user {\n        id\n        badge {\n          team\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialAnswerChange_thread on Thread {\n    __typename\n    id\n    status\n    officialAnswer {\n      __typename\n      id\n      isOfficialAnswer\n    }\n  }\n"): (typeof documents)["\n  fragment OfficialAnswerChange_thread on Thread {\n    __typename\n    id\n    status\n    officialAnswer {\n      __typename\n      id\n      isOfficialAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOfficialAnswer($postId: ID!) {\n    markOfficialAnswer(postId: $postId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOfficialAnswer($postId: ID!) {\n    markOfficialAnswer(postId: $postId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmarkOfficialAnswer($threadId: ID!) {\n    unmarkOfficialAnswer(threadId: $threadId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n"): (typeof documents)["\n  mutation UnmarkOfficialAnswer($threadId: ID!) {\n    unmarkOfficialAnswer(threadId: $threadId) {\n      ...OfficialAnswerChange_thread\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;