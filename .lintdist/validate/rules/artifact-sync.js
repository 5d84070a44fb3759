import { warning, withRole } from './helpers.js';
/** gatewayArtifactSync matters only where 2.6.0 gateways copy deployed APIs between them. */
export const artifactSync = (spec) => {
    if (spec.gatewayArtifactSync === undefined)
        return [];
    const RULE = 'topology/artifact-sync';
    if (spec.platform !== 'apim-2.6.0') {
        return [warning(RULE, '/gatewayArtifactSync', `gatewayArtifactSync is ignored on ${spec.platform}: its gateways fetch deployed APIs from the control plane`)];
    }
    const gateways = withRole(spec, 'all-in-one', 'gateway-manager', 'gateway-worker');
    if (gateways.length >= 2)
        return [];
    return [warning(RULE, '/gatewayArtifactSync', `gatewayArtifactSync is ignored: there ${gateways.length === 1 ? 'is only one gateway' : 'are no gateways'}, so there is nothing to synchronise`)];
};
