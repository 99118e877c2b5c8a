/**
 * The custom CRM description format (docs/adapter-guide.md), as valibot schemas. A description is
 * user-written data; every selector is checked to be CSS, every URL pattern for shape, and unknown
 * keys are rejected so a typo ("urlPatern") is an error rather than a silently ignored field.
 */
import * as v from 'valibot';
import {matchPatternProblem, pathPatternProblem} from './patterns';
import {attributeProblem, selectorProblem} from './selector-check';

const problemCheck = (problem: (s: string) => string | undefined) =>
  v.rawCheck<string>(({dataset, addIssue}) => {
    if (!dataset.typed) return;
    const message = problem(dataset.value);
    if (message) addIssue({message});
  });

export const Selector = v.pipe(v.string('must be a CSS selector string'), problemCheck(selectorProblem));
const Attribute = v.pipe(v.string('must be an attribute name'), problemCheck(attributeProblem));

/** How to read one value: a selector (text), or {selector?, attribute?, value?, map?}. No selector = the item itself. */
export const ReadSpec = v.union(
  [
    Selector,
    v.strictObject({
      selector: v.optional(Selector),
      attribute: v.optional(Attribute),
      value: v.optional(v.pipe(v.string(), v.maxLength(200))),
      map: v.optional(v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.string(), v.maxLength(200)))),
    }),
  ],
  'must be a selector string or an object {selector?, attribute?, value?, map?}',
);

export const PLACEMENTS = ['prepend', 'append', 'before', 'after'] as const;
const Placement = v.picklist(PLACEMENTS, `must be one of ${PLACEMENTS.map((p) => `"${p}"`).join(', ')}`);
const SlotAnchor = v.strictObject({anchor: Selector, placement: v.optional(Placement)});

const UrlPattern = v.pipe(v.string('must be a path pattern string'), problemCheck(pathPatternProblem));
const RecordUrlPattern = v.pipe(UrlPattern, v.check((s) => s.includes(':id'), 'must contain ":id"'));

const Fields = v.strictObject({
  name: ReadSpec,
  email: v.optional(ReadSpec),
  lifecycleStage: v.optional(ReadSpec),
  owner: v.optional(ReadSpec),
  buyingRoles: v.optional(ReadSpec),
  amount: v.optional(ReadSpec),
  dealStage: v.optional(ReadSpec),
  leadStage: v.optional(ReadSpec),
  domain: v.optional(ReadSpec),
  companyId: v.optional(ReadSpec),
});

const Contacts = v.strictObject({
  item: Selector,
  id: ReadSpec,
  name: ReadSpec,
  email: v.optional(ReadSpec),
  buyingRoles: v.optional(ReadSpec),
});

const Activities = v.strictObject({
  item: Selector,
  id: ReadSpec,
  type: ReadSpec,
  direction: v.optional(ReadSpec),
  outcome: v.optional(ReadSpec),
  at: v.optional(ReadSpec),
  title: v.optional(ReadSpec),
  body: v.optional(ReadSpec),
  user: v.optional(ReadSpec),
  contactId: v.optional(ReadSpec),
});

export const RecordSpecSchema = v.strictObject({
  urlPattern: RecordUrlPattern,
  anchor: Selector,
  placement: v.optional(Placement),
  /** Per-widget anchors overriding `anchor`/`placement` (panel, badge, indicator). */
  slots: v.optional(v.strictObject({panel: v.optional(SlotAnchor), badge: v.optional(SlotAnchor), indicator: v.optional(SlotAnchor)})),
  fields: Fields,
  contacts: v.optional(Contacts),
  activities: v.optional(Activities),
  /** Observer target for re-renders; defaults to "body". */
  watch: v.optional(Selector),
});

export const ListSpecSchema = v.strictObject({
  urlPattern: UrlPattern,
  row: Selector,
  id: ReadSpec,
  badgeCell: v.optional(Selector),
  watch: v.optional(Selector),
});

const byKind = <T extends v.GenericSchema>(schema: T) =>
  v.strictObject({company: v.optional(schema), contact: v.optional(schema), lead: v.optional(schema), deal: v.optional(schema)});

const MatchPattern = v.pipe(v.string('must be a match pattern string'), problemCheck(matchPatternProblem));

export const CustomCrmSchema = v.strictObject({
  id: v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lower-case letters, digits or "-", starting with a letter or digit')),
  name: v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(80, 'must be at most 80 characters')),
  match: v.union([MatchPattern, v.pipe(v.array(MatchPattern), v.minLength(1, 'must list at least one pattern'))], 'must be a match pattern or a list of them'),
  records: v.pipe(
    byKind(RecordSpecSchema),
    v.check((r) => Object.values(r).some(Boolean), 'must describe at least one of company, contact, lead, deal'),
  ),
  lists: v.optional(byKind(ListSpecSchema)),
});

export type CustomCrm = v.InferOutput<typeof CustomCrmSchema>;
export type ReadSpec = v.InferOutput<typeof ReadSpec>;
export type RecordSpec = v.InferOutput<typeof RecordSpecSchema>;
export type ListSpec = v.InferOutput<typeof ListSpecSchema>;
