import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose'

// A fresh ES256 key pair at every sandbox start: ID tokens from a previous run no longer
// verify, as after a key rotation. The private key never leaves this module.

export interface SigningKey {
  kid: string
  publicJwk: JWK
  sign: (claims: Record<string, unknown>) => Promise<string>
}

async function newKey(): Promise<{ kid: string; privateKey: CryptoKey; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
  const kid = crypto.randomUUID()
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }
  return { kid, privateKey, publicJwk }
}

export async function createSigningKey(): Promise<SigningKey> {
  const { kid, privateKey, publicJwk } = await newKey()
  return {
    kid,
    publicJwk,
    sign: (claims) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(privateKey),
  }
}

/** A key the JWKS never lists, with the published key's kid: for relying-party tests. */
export async function createImpostorKey(kid: string): Promise<SigningKey['sign']> {
  const { privateKey } = await newKey()
  return (claims) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(privateKey)
}
