/**
 * Decisions of the `proxy` planner: what each load balancer forwards where (Nginx upstreams and
 * server blocks), the ports nodes announce behind a balancer, and the manual steps that cannot be files.
 */
export {};
