/**
 * Ad-platform report exports, with the column names the platforms write (English UI).
 *
 * - Google Ads (Reports › Download CSV): a report-name line and a date-range line above the header,
 *   "Total: Account" / "Total: Campaigns" rows below it; "--" in cells that do not apply.
 * - Meta Ads Manager (Export table data): "Reporting starts", "Reporting ends", "Amount spent (EUR)";
 *   "Results" are the conversions of the ad set's optimisation goal; the first row after the header is
 *   often the table's summary row (no campaign name).
 * - LinkedIn Campaign Manager (campaign performance report): title lines ("Campaign Performance
 *   Report", "Report Start: …", "Date Generated: …") above the header; often UTF-16LE and tab-separated.
 */
import type {FormatDef} from './types';

export const AD_FORMATS: FormatDef[] = [
  {
    id: 'google-ads',
    kind: 'ad',
    network: 'google',
    signature: ['campaign', 'cost', /^(currency code|customer id|account|impr\.|conversions)$/],
    columns: {
      day: ['day', 'date'],
      accountId: ['customer id'],
      account: ['account', 'account name'],
      campaignId: ['campaign id'],
      campaign: ['campaign', 'campaign name'],
      spend: ['cost'],
      conversions: ['conversions', 'conv.'],
      currency: ['currency code', 'currency'],
    },
    required: [
      {field: 'day', hint: 'add the segment Time › Day to the report'},
      {field: 'campaign'},
      {field: 'spend'},
    ],
    dateOrder: 'mdy',
  },
  {
    id: 'linkedin-ads',
    kind: 'ad',
    network: 'linkedin',
    signature: ['campaign name', 'total spent'],
    columns: {
      day: ['start date (in utc)', 'start date'],
      accountId: ['account id'],
      account: ['account name'],
      campaignId: ['campaign id'],
      campaign: ['campaign name'],
      spend: ['total spent'],
      conversions: ['conversions'],
      currency: ['currency'],
    },
    required: [
      {field: 'day', hint: 'choose the time breakdown "Daily" when exporting'},
      {field: 'campaign'},
      {field: 'spend'},
    ],
    dateOrder: 'mdy',
  },
  {
    id: 'meta-ads',
    kind: 'ad',
    network: 'meta',
    signature: ['campaign name', /^amount spent( \([a-z]{3}\))?$/],
    columns: {
      day: ['day'],
      reportStart: ['reporting starts'],
      reportEnd: ['reporting ends'],
      accountId: ['account id'],
      account: ['account name'],
      campaignId: ['campaign id'],
      campaign: ['campaign name'],
      spend: [/^amount spent( \([a-z]{3}\))?$/],
      conversions: ['results'],
      currency: ['currency'],
    },
    required: [{field: 'campaign'}, {field: 'spend'}],
    dateOrder: 'mdy',
  },
];
