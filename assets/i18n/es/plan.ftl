# La pantalla del plan: objetivos, segmentos, canales, pilares, campañas, protocolo de crisis.

plan-section-objectives = Objetivos y KPI
plan-section-weekly-values = Valores manuales de KPI
plan-section-personas = Segmentos
plan-section-pillars = Pilares de contenido
plan-section-channels = Canales
plan-section-campaigns = Campañas
plan-section-spend = Registro de gasto
plan-section-competitors = Competidores
plan-section-rules = Reglas de escucha
plan-section-crisis-steps = Pasos de crisis
plan-section-contacts = Contactos de crisis
plan-section-statements = Comunicados de espera
plan-section-tiers = Niveles de embajadores
plan-section-brand = Marca y tono
