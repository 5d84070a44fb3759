/**
 * micro-gw.conf of API Microgateway 3.2: every section the product reads, with the product's
 * default values. The topology-driven tables ([listenerConfig] ports, [keyManager],
 * [keymanager.security.*], the first [[jwtTokenConfig]] issuer) are filled from the plan by
 * micro-gw.ts; everything else stays as the product ships it. Sample entries of the product's
 * template (a second JWT issuer, example users, example API certificate and API key lists) are left out.
 */

/** A TOML table as plain data. */
export type TomlTable = { [key: string]: TomlValue }
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable

const CIPHERS = [
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_DHE_DSS_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
  'SSL_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA',
  'SSL_DHE_RSA_WITH_3DES_EDE_CBC_SHA',
  'SSL_DHE_DSS_WITH_3DES_EDE_CBC_SHA',
  'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
].join(',')

const KEYSTORE = '${mgw-runtime.home}/runtime/bre/security/ballerinaKeystore.p12'
const TRUSTSTORE = '${mgw-runtime.home}/runtime/bre/security/ballerinaTruststore.p12'
const BROKER = "amqp://admin:admin@carbon/carbon?brokerlist='tcp://localhost:5672'"

/** The product defaults, in the order of the product's configuration reference; a fresh copy each call. */
export function microGwDefaults(): TomlTable {
  return {
    listenerConfig: {
      host: '0.0.0.0',
      httpPort: 9090,
      httpsPort: 9095,
      tokenListenerPort: 9096,
      keyStorePath: KEYSTORE,
      keyStorePassword: 'ballerina',
      trustStorePath: TRUSTSTORE,
      trustStorePassword: 'ballerina',
      keepAlive: 'AUTO',
      maxPipelinedRequests: 10,
      maxUriLength: 4096,
      maxHeaderSize: 8192,
      maxEntityBodySize: -1,
    },
    authConfig: {
      authorizationHeader: 'Authorization',
      removeAuthHeaderFromOutMessage: true,
    },
    jwtConfig: {
      header: 'X-JWT-Assertion',
    },
    keyManager: {
      serverUrl: 'https://localhost:9443',
      tokenContext: 'oauth2',
      timestampSkew: 5000,
      external: false,
      enableLegacyMode: false,
    },
    keymanager: {
      security: {
        basic: { enabled: true, username: 'admin', password: 'admin' },
        oauth2: {
          enabled: false,
          credentialBearer: 'AUTH_HEADER_BEARER',
          tokenUrl: '',
          clientCredential: { enabled: false, clientId: '', clientSecret: '', scopes: '' },
          password: { enabled: false, clientId: '', clientSecret: '', scopes: '', username: '', password: '' },
          directToken: { enabled: false, accessToken: '' },
          refresh: { enabled: false, refreshUrl: '', scopes: '', refreshToken: '', clientId: '', clientSecret: '' },
        },
      },
    },
    jwtTokenConfig: [
      {
        issuer: 'https://localhost:9443/oauth2/token',
        audience: 'http://org.wso2.apimgt/gateway',
        certificateAlias: 'wso2apim310',
        validateSubscription: false,
      },
    ],
    tokenRevocationConfig: {
      realtime: {
        enableRealtimeMessageRetrieval: false,
        jmsConnectionTopic: 'tokenRevocation',
        jmsConnectioninitialContextFactory: 'wso2mbInitialContextFactory',
        jmsConnectionProviderUrl: BROKER,
        jmsConnectionUsername: '',
        jmsConnectionPassword: '',
      },
      persistent: {
        enablePersistentStorageRetrieval: false,
        useDefault: true,
        hostname: 'https://127.0.0.1:2379/v2/keys/jti/',
        username: 'root',
        password: 'root',
      },
    },
    caching: {
      tokenCacheExpiryTime: 900000,
      tokenCacheCapacity: 10000,
      tokenCacheEvictionFactor: 0.25,
    },
    analytics: {
      fileUpload: {
        enable: false,
        uploadingTimeSpanInMillis: 600000,
        initialDelayInMillis: 5000,
        uploadingEndpoint: 'https://localhost:9444/analytics/v1.0/usage/upload-file',
        rotatingPeriod: 600000,
        taskUploadFiles: true,
        username: 'admin',
        password: 'admin',
      },
      gRPCAnalytics: {
        enable: false,
        endpointURL: 'https://localhost:9806',
        reconnectTimeInMillies: 6000,
      },
    },
    validationConfig: {
      enableRequestValidation: false,
      enableResponseValidation: false,
    },
    http2: {
      enable: true,
    },
    httpClients: {
      verifyHostname: true,
      disableSslVerification: false,
      enableHttp2: true,
      proxy: { enable: false, enableInternalServices: false, host: '', port: 0, username: '', password: '' },
      poolConfig: { maxActiveConnections: -1, maxIdleConnections: 100, waitTimeInMillis: 30000, maxActiveStreamsPerConnection: 50 },
    },
    mutualSSLConfig: {
      protocolName: 'TLS',
      protocolVersions: 'TLSv1.2,TLSv1.1',
      ciphers: CIPHERS,
      sslVerifyClient: 'optional',
    },
    throttlingConfig: {
      enabledGlobalTMEventPublishing: false,
      jmsConnectioninitialContextFactory: 'wso2mbInitialContextFactory',
      jmsConnectionProviderUrl: BROKER,
      jmsConnectionUsername: '',
      jmsConnectionPassword: '',
      throttleEndpointUrl: 'https://localhost:9443/endpoints',
      throttleEndpointbase64Header: 'admin:admin',
      nodeLocal: {
        processThreadPoolCoreSize: 200,
        processThreadPoolMaximumSize: 1000,
        processThreadPoolKeepAliveTime: 200,
      },
      binary: {
        enabled: true,
        username: 'admin',
        password: 'admin',
        URLGroup: [{ receiverURL: 'tcp://localhost:9611', authURL: 'ssl://localhost:9711' }],
        publisherPool: { maxIdle: 1000, initIdleCapacity: 200 },
        publisherThreadPool: { corePoolSize: 200, maxPoolSize: 1000, keepAliveTime: 200 },
        agent: {
          sslEnabledProtocols: 'TLSv1,TLSv1.1,TLSv1.2',
          ciphers: CIPHERS,
          queueSize: 32768,
          batchSize: 200,
          corePoolSize: 1,
          socketTimeoutMS: 30000,
          maxPoolSize: 1,
          keepAliveTimeInPool: 20,
          reconnectionInterval: 30,
          maxTransportPoolSize: 250,
          maxIdleConnections: 250,
          evictionTimePeriod: 5500,
          minIdleTimeInPool: 5000,
          secureMaxIdleTransportPoolSize: 250,
          secureMaxIdleConnections: 250,
          secureEvictionTimePeriod: 5500,
          secureMinIdleTimeInPool: 5000,
        },
      },
    },
    b7a: {
      observability: {
        metrics: { enabled: false, reporter: 'prometheus', prometheus: { port: 9797, jmx_port: 8080, secure_port: 9000 } },
        tracing: { enabled: false, name: 'jaeger', jaeger: { reporter: { port: 5775 } } },
      },
    },
    apikey: {
      tokenConfigs: {
        issuer: 'https://localhost:9095/apikey',
        certificateAlias: 'ballerina',
        validateAllowedAPIs: false,
      },
      issuer: {
        tokenConfig: {
          enabled: true,
          keyStorePath: KEYSTORE,
          keyStorePassword: 'ballerina',
          issuer: 'https://localhost:9095/apikey',
          certificateAlias: 'ballerina',
          validityTime: -1,
        },
      },
    },
    jwtGeneratorConfig: {
      jwtGeneratorEnabled: false,
      claimDialect: 'http://wso2.org/claims',
      signingAlgorithm: 'SHA256withRSA',
      certificateAlias: 'ballerina',
      privateKeyAlias: 'ballerina',
      tokenExpiry: 900000,
      restrictedClaims: [],
      issuer: 'wso2.org/products/am',
      audience: ['http://org.wso2.apimgt/gateway'],
      generatorImpl: 'org.wso2.micro.gateway.jwt.generator.MGWJWTGeneratorImpl',
      jwtGeneratorCaching: { tokenCacheEnable: true, tokenCacheExpiryTime: 900000, tokenCacheCapacity: 10000, tokenCacheEvictionFactor: 0.25 },
    },
  }
}
