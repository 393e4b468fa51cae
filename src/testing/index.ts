/**
 * `kindness/testing`: test plugin rules the way the built-in rules are tested. See
 * docs/rule-api.md ("Testing a rule").
 */
export {
  assertReadable,
  assertReadableMessage,
  assertRendersReadably,
  createRuleTester,
  lintWithRule,
  type InvalidCase,
  type RuleCases,
  type TestHooks,
  type ValidCase,
} from './rule-tester.js';
