# The sieve of Eratosthenes and some prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:5])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:6], max(gaps))
def factorize(n):
    factors = []
    for p in primes:
        while n % p == 0:
            factors.append(p)
            n //= p
        if p * p > n:
            break
    if n > 1:
        factors.append(n)
    return factors
for n in (360, 9973, 2 ** 31 - 1, 600851475143):
    print(n, factorize(n))
