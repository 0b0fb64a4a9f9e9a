#!/usr/bin/env bash
# Deploys template.yaml, as it is, to LocalStack: the same CloudFormation (with the SAM transform) that
# `sam deploy` runs in AWS, against LocalStack's endpoint. See README.md beside this script.
#
#   LOCALSTACK_ENDPOINT=http://localhost:4566 infra/localstack/deploy.sh [STACK_NAME]
#
# Environment: LOCALSTACK_ENDPOINT (default http://localhost:4566), CAMUNDA_REST_ADDRESS as the functions
# inside LocalStack's containers reach it (default http://host.docker.internal:8080, the local engine of
# `./pdsa up`), AWS_REGION (default eu-west-2), CAMUNDA_SECRET_JSON (the secret's JSON: CAMUNDA_CLIENT_ID,
# CAMUNDA_CLIENT_SECRET, CAMUNDA_OAUTH_URL...; the default is a placeholder whose token endpoint does not
# exist, so functions start and read it, but their Camunda calls fail until real credentials are given).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STACK="${1:-pdsa}"
ENDPOINT="${LOCALSTACK_ENDPOINT:-http://localhost:4566}"
REGION="${AWS_REGION:-eu-west-2}"
CAMUNDA="${CAMUNDA_REST_ADDRESS:-http://host.docker.internal:8080}"
ZIP="$ROOT/functions/target/pdsa-functions-lambda.zip"
OUT="$ROOT/infra/localstack/target"

# LocalStack accepts any credentials; never use real ones here
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION="$REGION" AWS_REGION="$REGION"
aws() { command aws --endpoint-url "$ENDPOINT" --region "$REGION" "$@"; }

command -v aws >/dev/null || { echo "deploy.sh: the AWS CLI v2 is needed (https://docs.aws.amazon.com/cli/)" >&2; exit 2; }
curl -fsS "$ENDPOINT/_localstack/health" >/dev/null \
  || { echo "deploy.sh: no LocalStack answers at $ENDPOINT (start it: localstack start -d)" >&2; exit 2; }

if [ ! -f "$ZIP" ]; then
  echo "deploy.sh: building the Lambda package..." >&2
  (cd "$ROOT" && mvn -B -ntp -q -pl functions -am package -DskipTests)
fi
mkdir -p "$OUT"

BUCKET="$STACK-artifacts"
aws s3 mb "s3://$BUCKET" >/dev/null 2>&1 || true
SECRET_JSON="${CAMUNDA_SECRET_JSON:-{\"CAMUNDA_CLIENT_ID\":\"localstack\",\"CAMUNDA_CLIENT_SECRET\":\"localstack\",\"CAMUNDA_OAUTH_URL\":\"http://host.docker.internal:1/oauth/token\"\}}"
SECRET_ARN=$(aws secretsmanager describe-secret --secret-id "$STACK-camunda" --query ARN --output text 2>/dev/null \
  || aws secretsmanager create-secret --name "$STACK-camunda" --query ARN --output text --secret-string "$SECRET_JSON")

(cd "$ROOT" && aws cloudformation package --template-file template.yaml --s3-bucket "$BUCKET" \
  --output-template-file "$OUT/packaged.yaml" >/dev/null)
aws cloudformation deploy --template-file "$OUT/packaged.yaml" --stack-name "$STACK" \
  --capabilities CAPABILITY_IAM CAPABILITY_AUTO_EXPAND --no-fail-on-empty-changeset \
  --parameter-overrides \
    "CamundaRestAddress=$CAMUNDA" \
    "CamundaCredentialsSecretArn=$SECRET_ARN" \
    "JwtIssuer=https://localhost.localstack.cloud/pdsa" \
    "JwtAudience=pdsa" \
    "NotifyChannel=outbox"
aws cloudformation describe-stacks --stack-name "$STACK" --query 'Stacks[0].Outputs' --output table
