import { deploymentPlanner } from './deployment.js';
import { keyManagersPlanner } from './key-managers.js';
import { legacyApimPlanner } from './legacy-apim.js';
import { legacyCarbonPlanner } from './legacy-carbon.js';
import { microgatewayPlanner } from './microgateway.js';
import { modernPlanner } from './modern.js';
import { obKmPlanner } from './obkm.js';
import { proxyPlanner } from './proxy.js';
const PLANNERS = [
    legacyCarbonPlanner,
    legacyApimPlanner,
    modernPlanner,
    microgatewayPlanner,
    keyManagersPlanner,
    deploymentPlanner,
    proxyPlanner,
    obKmPlanner,
];
export const sectionPlanners = () => PLANNERS;
