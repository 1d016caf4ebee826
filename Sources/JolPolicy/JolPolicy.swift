// JolPolicy: the policy language — parse, check, compile, evaluate, explain — and funding rounds.
