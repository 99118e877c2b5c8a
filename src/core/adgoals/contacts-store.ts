/**
 * Contacts as ad goals see them: which campaign a contact is attributed to (AG-4) and when it entered
 * each lifecycle stage (AG-6).
 *
 * AG-4: a contact is attributed to the campaign of its FIRST form submission when that submission's
 * session began with an ad click (`adCampaignId`); a first submission without one attributes nobody, and
 * later submissions never re-attribute. Several clicks in one session: the event carries one campaign,
 * the last click before the submission (SPEC open point, default "last click wins"), so no contact is
 * counted twice.
 *
 * AG-6: a contact counts in the period in which, being attributed, it entered the goal's stage (SPEC
 * open point, default "entered during the period", not "is in it now"). Before attribution the ad goal
 * does not follow the contact, so a stage it already held when attributed counts as entered at the
 * attribution. Each contact counts once per stage, at the first such entry (like a "became a lead"
 * date), so period counts add up to the goal's total. Stages of the world's initial contacts have no
 * known entry time; a stage learned from an event is entered at that event's time.
 */
import type {Contact, Id, Instant, LifecycleStage} from '../model';

export interface ContactAdState {
  /** Stage history in order; `null` entry time = held before anything we saw. */
  stages: Array<[stage: string, enteredAt: Instant | null]>;
  firstFormAt: Instant | null;
  campaignId: Id | null;
}
export type ContactsData = Record<Id, ContactAdState>;

const stageOf = (value: unknown): string => (typeof value === 'string' ? value : '');

export class ContactsStore {
  private byCampaign: Map<Id, Id[]> | undefined;

  constructor(readonly data: ContactsData) {}

  static initialData(contacts: Contact[]): ContactsData {
    const data: ContactsData = {};
    for (const c of contacts) {
      const stage = stageOf(c.properties?.lifecyclestage);
      data[c.id] = {stages: stage ? [[stage, null]] : [], firstFormAt: null, campaignId: null};
    }
    return data;
  }

  private contact(id: Id): ContactAdState {
    return (this.data[id] ??= {stages: [], firstFormAt: null, campaignId: null});
  }

  /** Returns true when the stage changed. */
  setStage(id: Id, value: unknown, at: Instant): boolean {
    const stage = stageOf(value);
    const c = this.contact(id);
    const current = c.stages.length ? c.stages[c.stages.length - 1][0] : '';
    if (current === stage) return false;
    c.stages.push([stage, at]);
    return true;
  }

  /** AG-4. Returns the campaign the contact is now attributed to, or undefined when nothing changed. */
  formSubmitted(id: Id, adCampaignId: Id | undefined, at: Instant): Id | undefined {
    const c = this.contact(id);
    if (c.firstFormAt !== null) return undefined;
    c.firstFormAt = at;
    c.campaignId = adCampaignId ?? null;
    if (adCampaignId === undefined) return undefined;
    this.byCampaign = undefined;
    return adCampaignId;
  }

  attributedTo(campaignId: Id): Id[] {
    if (!this.byCampaign) {
      const index = new Map<Id, Id[]>();
      for (const [id, c] of Object.entries(this.data)) {
        if (c.campaignId === null) continue;
        const list = index.get(c.campaignId);
        if (list) list.push(id);
        else index.set(c.campaignId, [id]);
      }
      this.byCampaign = index;
    }
    return this.byCampaign.get(campaignId) ?? [];
  }

  /** When the contact was attributed (its first form submission), or undefined when it is not. */
  attributedAt(id: Id): Instant | undefined {
    const c = this.data[id];
    return c && c.campaignId !== null && c.firstFormAt !== null ? c.firstFormAt : undefined;
  }

  /** When the attributed contact first entered `stage` (AG-6 reading above), or undefined. */
  enteredStageAt(id: Id, stage: LifecycleStage): Instant | undefined {
    const attributed = this.attributedAt(id);
    if (attributed === undefined) return undefined;
    const {stages} = this.data[id];
    for (let i = 0; i < stages.length; i++) {
      if (stages[i][0] !== stage) continue;
      const leftAt = i + 1 < stages.length ? (stages[i + 1][1] ?? -Infinity) : Infinity;
      if (leftAt <= attributed) continue;
      return Math.max(stages[i][1] ?? -Infinity, attributed);
    }
    return undefined;
  }
}
