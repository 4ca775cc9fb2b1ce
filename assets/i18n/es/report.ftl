# El informe semanal (Markdown y el panel Informes) y sus gráficos.
