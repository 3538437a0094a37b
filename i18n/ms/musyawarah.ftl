# Antara muka Musyawarah dalam Bahasa Melayu: sebahagian sahaja diterjemahkan setakat ini;
# mesej yang tiada di sini dipaparkan dalam bahasa Inggeris.

language-name = Bahasa Melayu

site-name = Musyawarah
skip-to-content = Langkau ke kandungan
nav-consultations = Rundingan
nav-organisations = Pertubuhan
nav-dashboard = Papan pemuka
nav-search = Cari
nav-help = Bantuan
sign-in = Log masuk
sign-out = Log keluar
language-switch = Bahasa
