/** Messages of the adgoals capability (merged into the protocol by ./domains.ts). */
import type {ProtocolMap} from './index';

export const adgoalsProtocol = {} as const satisfies ProtocolMap;
