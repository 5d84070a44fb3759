import { storesOf } from '../legacy-carbon/keystores.js';
export const CATALINA = 'repository/conf/tomcat/catalina-server.xml';
export function planNodeProxy(node, topology, spec) {
    const lb = topology.loadBalancers.find((l) => l.members.includes(node.name));
    const hasCatalina = node.files.includes(`nodes/${node.name}/${CATALINA}`);
    if (!lb && !hasCatalina)
        return undefined;
    const proxyPorts = lb ? { https: lb.httpsPort, http: lb.httpPort } : null;
    const section = { balancer: lb?.id ?? null, proxyPorts };
    if (hasCatalina) {
        const { keyStore } = storesOf(spec.keystore, '${carbon.home}/');
        const catalina = {
            httpsProxyPort: proxyPorts?.https ?? null,
            httpProxyPort: proxyPorts?.http ?? null,
            keystoreFile: keyStore.location,
            keystorePass: keyStore.password,
        };
        section.catalina = catalina;
    }
    return section;
}
