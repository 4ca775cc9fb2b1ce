# La pantalla del plan: objetivos, segmentos, canales, pilares, campañas, protocolo de crisis.
