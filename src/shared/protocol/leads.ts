/** Messages of the leads capability (merged into the protocol by ./domains.ts). */
import type {ProtocolMap} from './index';

export const leadsProtocol = {} as const satisfies ProtocolMap;
