/** Messages of the data capability (merged into the protocol by ./domains.ts). */
import type {ProtocolMap} from './index';

export const dataProtocol = {} as const satisfies ProtocolMap;
