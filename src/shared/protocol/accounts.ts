/** Messages of the accounts capability (merged into the protocol by ./domains.ts). */
import type {ProtocolMap} from './index';

export const accountsProtocol = {} as const satisfies ProtocolMap;
