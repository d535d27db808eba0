{{/* The release's base name, at most 63 characters with room for "-<service>". */}}
{{- define "patchbay.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels of every object; a service's objects add patchbay.selectorLabels to patchbay.commonLabels. */}}
{{- define "patchbay.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: patchbay
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "patchbay.labels" -}}
{{ include "patchbay.commonLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Selector labels of one service; dict: root, name. */}}
{{- define "patchbay.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The Kubernetes name of one service's objects; dict: root, name. */}}
{{- define "patchbay.serviceName" -}}
{{- printf "%s-%s" (include "patchbay.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* One service's settings: serviceDefaults overridden by its own entry, as JSON; dict: root, name. */}}
{{- define "patchbay.serviceConfig" -}}
{{- $own := index .root.Values.services .name -}}
{{- mustMergeOverwrite (deepCopy .root.Values.serviceDefaults) (deepCopy $own) | toJson -}}
{{- end -}}

{{/* The enabled services' names, sorted, as a JSON list. */}}
{{- define "patchbay.enabledServices" -}}
{{- $names := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if $svc.enabled -}}{{- $names = append $names $name -}}{{- end -}}
{{- end -}}
{{- $names | sortAlpha | toJson -}}
{{- end -}}

{{- define "patchbay.image" -}}
{{- $image := .svc.image | default dict -}}
{{- $registry := $image.registry | default .root.Values.image.registry -}}
{{- $repository := $image.repository | default .name -}}
{{- $tag := $image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s/%s:%s" $registry $repository $tag -}}
{{- end -}}

{{- define "patchbay.secretName" -}}
{{- .Values.secrets.existingSecret | default (printf "%s-secrets" (include "patchbay.fullname" .)) -}}
{{- end -}}

{{- define "patchbay.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "patchbay.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* PostgreSQL: the CloudNativePG cluster's name, host and app Secret when it is enabled. */}}
{{- define "patchbay.cnpgName" -}}
{{- printf "%s-pg" (include "patchbay.fullname" .) -}}
{{- end -}}

{{- define "patchbay.dbHost" -}}
{{- if .Values.cloudnativepg.enabled -}}
{{- printf "%s-rw" (include "patchbay.cnpgName" .) -}}
{{- else -}}
{{- required "postgresql.host is required" .Values.postgresql.host -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the database password: "name key", or empty when the chart's own Secret has it. */}}
{{- define "patchbay.dbPasswordSecret" -}}
{{- if .Values.cloudnativepg.enabled -}}
{{- printf "%s-app password" (include "patchbay.cnpgName" .) -}}
{{- else if .Values.postgresql.existingSecret -}}
{{- printf "%s %s" .Values.postgresql.existingSecret .Values.postgresql.existingSecretPasswordKey -}}
{{- else if .Values.postgresql.password -}}
{{- printf "%s PATCHBAY_DB_PASSWORD" (include "patchbay.secretName" .) -}}
{{- else -}}
{{- fail "set postgresql.existingSecret (recommended) or postgresql.password" -}}
{{- end -}}
{{- end -}}

{{/* JDBC URL of one service; dict: root, name. */}}
{{- define "patchbay.jdbcUrl" -}}
{{- $pg := .root.Values.postgresql -}}
{{- $db := index $pg.databases .name | default $pg.database -}}
{{- printf "jdbc:postgresql://%s:%d/%s?sslmode=%s" (include "patchbay.dbHost" .root) (int $pg.port) $db $pg.sslMode -}}
{{- end -}}

{{/* Kafka: the Strimzi cluster's name and bootstrap address when it is enabled. */}}
{{- define "patchbay.strimziCluster" -}}
{{- .Values.strimzi.clusterName | default (printf "%s-kafka" (include "patchbay.fullname" .)) -}}
{{- end -}}

{{- define "patchbay.kafkaBootstrap" -}}
{{- if and .Values.strimzi.enabled .Values.strimzi.kafka.enabled -}}
{{- printf "%s-kafka-bootstrap:9092" (include "patchbay.strimziCluster" .) -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{- define "patchbay.kafkaSasl" -}}
{{- if hasPrefix "SASL_" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}

{{- define "patchbay.kafkaTls" -}}
{{- if and (has .Values.kafka.securityProtocol (list "SSL" "SASL_SSL")) .Values.kafka.tls.caSecret -}}true{{- end -}}
{{- end -}}

{{/*
The public routes of files/edge-routes.properties (the edge router's table, copied by the helm-chart
module's build) as a JSON list of {path, service}, longest path first. Comments and blank lines skipped.
*/}}
{{- define "patchbay.routes" -}}
{{- $routes := list -}}
{{- range .Files.Lines "files/edge-routes.properties" -}}
{{- $line := trim . -}}
{{- if and $line (not (hasPrefix "#" $line)) -}}
{{- $parts := splitn "=" 2 $line -}}
{{- $routes = append $routes (dict "path" (trim $parts._0) "service" (trim $parts._1)) -}}
{{- end -}}
{{- end -}}
{{- if not $routes -}}{{- fail "files/edge-routes.properties has no routes" -}}{{- end -}}
{{- $routes | toJson -}}
{{- end -}}
